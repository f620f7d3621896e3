import { CommandHandler } from '@nestjs/cqrs';
import { CycleCommandHandler } from '../infrastructure/cycle-command.handler';
import { CorrectCriteriaSetCommand } from './correct-criteria-set.command';

/** Decided on the cycle's stream, as every cycle use case (see CycleCommandHandler). */
@CommandHandler(CorrectCriteriaSetCommand)
export class CorrectCriteriaSetHandler extends CycleCommandHandler<CorrectCriteriaSetCommand> {}
