import { CommandHandler } from '@nestjs/cqrs';
import { CycleCommandHandler } from '../infrastructure/cycle-command.handler';
import { SetDeadlinesCommand } from './set-deadlines.command';

/** Decided on the cycle's stream, as every cycle use case (see CycleCommandHandler). */
@CommandHandler(SetDeadlinesCommand)
export class SetDeadlinesHandler extends CycleCommandHandler<SetDeadlinesCommand> {}
