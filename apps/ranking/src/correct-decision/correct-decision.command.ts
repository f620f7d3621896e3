import { Command } from '@nestjs/cqrs';
import type { Actor } from '@par/contracts';
import type { PublishedOutcome } from '../infrastructure/decision-command.handler';

/** A correction of the published decision: the results as they stand now, as a new revision, with a reason. */
export class CorrectDecisionCommand extends Command<PublishedOutcome> {
  constructor(
    readonly cycleId: string,
    readonly reason: string,
    readonly actor: Actor,
    /** A new decision number, date or signer, when the correction has its own. */
    readonly details: { number?: string; date?: string; signer?: string } = {},
    readonly correlationId?: string,
  ) {
    super();
  }
}
