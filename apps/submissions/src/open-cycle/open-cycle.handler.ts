import { CommandHandler } from '@nestjs/cqrs';
import { CycleCommandHandler } from '../infrastructure/cycle-command.handler';
import { OpenCycleCommand } from './open-cycle.command';

/** Decided on the cycle's stream, as every cycle use case (see CycleCommandHandler). */
@CommandHandler(OpenCycleCommand)
export class OpenCycleHandler extends CycleCommandHandler<OpenCycleCommand> {}
