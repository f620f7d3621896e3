import { CommandHandler } from '@nestjs/cqrs';
import { SelfAssessmentCommandHandler } from '../infrastructure/self-assessment-command.handler';
import { ClearScoreCommand } from './clear-score.command';

/** Decided on the unit's self-assessment stream in the cycle's context, as every self-assessment use case (see SelfAssessmentCommandHandler). */
@CommandHandler(ClearScoreCommand)
export class ClearScoreHandler extends SelfAssessmentCommandHandler<ClearScoreCommand> {}
