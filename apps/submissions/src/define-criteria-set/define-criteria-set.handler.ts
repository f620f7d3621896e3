import { CommandHandler } from '@nestjs/cqrs';
import { CycleCommandHandler } from '../infrastructure/cycle-command.handler';
import { DefineCriteriaSetCommand } from './define-criteria-set.command';

/** Decided on the cycle's stream, as every cycle use case (see CycleCommandHandler). */
@CommandHandler(DefineCriteriaSetCommand)
export class DefineCriteriaSetHandler extends CycleCommandHandler<DefineCriteriaSetCommand> {}
