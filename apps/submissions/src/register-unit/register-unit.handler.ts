import { CommandHandler } from '@nestjs/cqrs';
import { CycleCommandHandler } from '../infrastructure/cycle-command.handler';
import { RegisterUnitCommand } from './register-unit.command';

/** Decided on the cycle's stream, as every cycle use case (see CycleCommandHandler). */
@CommandHandler(RegisterUnitCommand)
export class RegisterUnitHandler extends CycleCommandHandler<RegisterUnitCommand> {}
