import { Command } from '@nestjs/cqrs';
import type { Actor } from '@par/contracts';
import type { PublishedOutcome } from '../infrastructure/decision-command.handler';

/** What the API takes: the decision's number, date and signer; the handler snapshots the results itself. */
export class PublishDecisionCommand extends Command<PublishedOutcome> {
  constructor(
    readonly cycleId: string,
    readonly number: string,
    readonly date: string,
    readonly signer: string,
    readonly actor: Actor,
    readonly correlationId?: string,
  ) {
    super();
  }
}
