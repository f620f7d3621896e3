import { Command } from '@nestjs/cqrs';
import type { Actor } from '../domain/decision.commands';

/** What the API takes: the decision's number, date and signer; the handler snapshots the results itself. */
export class PublishDecisionCommand extends Command<{ revision: number; snapshotHash: string }> {
  constructor(
    readonly cycleId: string,
    readonly number: string,
    readonly date: string,
    readonly signer: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
