import { CommandHandler } from '@nestjs/cqrs';
import { CycleCommandHandler } from '../infrastructure/cycle-command.handler';
import { CreateCycleCommand } from './create-cycle.command';

/** Decided on the cycle's stream, as every cycle use case (see CycleCommandHandler). */
@CommandHandler(CreateCycleCommand)
export class CreateCycleHandler extends CycleCommandHandler<CreateCycleCommand> {}
