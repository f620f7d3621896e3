import { CommandHandler } from '@nestjs/cqrs';
import { SelfAssessmentCommandHandler } from '../infrastructure/self-assessment-command.handler';
import { ScoreCriterionCommand } from './score-criterion.command';

/** Decided on the unit's self-assessment stream in the cycle's context, as every self-assessment use case (see SelfAssessmentCommandHandler). */
@CommandHandler(ScoreCriterionCommand)
export class ScoreCriterionHandler extends SelfAssessmentCommandHandler<ScoreCriterionCommand> {}
