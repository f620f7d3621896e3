import { CommandHandler } from '@nestjs/cqrs';
import { CycleCommandHandler } from '../infrastructure/cycle-command.handler';
import { CloseCycleCommand } from './close-cycle.command';

/** Decided on the cycle's stream, as every cycle use case (see CycleCommandHandler). */
@CommandHandler(CloseCycleCommand)
export class CloseCycleHandler extends CycleCommandHandler<CloseCycleCommand> {}
