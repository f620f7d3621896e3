import { CommandHandler } from '@nestjs/cqrs';
import { CycleCommandHandler } from '../infrastructure/cycle-command.handler';
import { SetApplicabilityCommand } from './set-applicability.command';

/** Decided on the cycle's stream, as every cycle use case (see CycleCommandHandler). */
@CommandHandler(SetApplicabilityCommand)
export class SetApplicabilityHandler extends CycleCommandHandler<SetApplicabilityCommand> {}
