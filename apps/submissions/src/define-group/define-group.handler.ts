import { CommandHandler } from '@nestjs/cqrs';
import { CycleCommandHandler } from '../infrastructure/cycle-command.handler';
import { DefineGroupCommand } from './define-group.command';

/** Decided on the cycle's stream, as every cycle use case (see CycleCommandHandler). */
@CommandHandler(DefineGroupCommand)
export class DefineGroupHandler extends CycleCommandHandler<DefineGroupCommand> {}
