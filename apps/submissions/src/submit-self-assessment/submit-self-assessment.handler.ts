import { CommandHandler } from '@nestjs/cqrs';
import { SelfAssessmentCommandHandler } from '../infrastructure/self-assessment-command.handler';
import { SubmitSelfAssessmentCommand } from './submit-self-assessment.command';

/** Decided on the unit's self-assessment stream in the cycle's context, as every self-assessment use case (see SelfAssessmentCommandHandler). */
@CommandHandler(SubmitSelfAssessmentCommand)
export class SubmitSelfAssessmentHandler extends SelfAssessmentCommandHandler<SubmitSelfAssessmentCommand> {}
