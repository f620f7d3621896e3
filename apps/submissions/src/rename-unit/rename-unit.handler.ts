import { CommandHandler } from '@nestjs/cqrs';
import { CycleCommandHandler } from '../infrastructure/cycle-command.handler';
import { RenameUnitCommand } from './rename-unit.command';

/** Decided on the cycle's stream, as every cycle use case (see CycleCommandHandler). */
@CommandHandler(RenameUnitCommand)
export class RenameUnitHandler extends CycleCommandHandler<RenameUnitCommand> {}
