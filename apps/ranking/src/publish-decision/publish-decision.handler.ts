import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { ResultsReader } from '../queries/results-reader';
import { DECISION_LOG } from '../ranking.tokens';
import { computeRankingResults } from '../results/compute-ranking-results';
import { PublishedOutcome, runDecisionCommand } from './decision-log';
import { PublishDecisionCommand } from './publish-decision.command';

/** Snapshots the cycle's current results and publishes them as revision 1 of the decision. */
@CommandHandler(PublishDecisionCommand)
export class PublishDecisionHandler implements ICommandHandler<PublishDecisionCommand, PublishedOutcome> {
  constructor(
    private readonly reader: ResultsReader,
    @Inject(DECISION_LOG) private readonly store: EventStore,
  ) {}

  async execute({ cycleId, number, date, signer, actor }: PublishDecisionCommand): Promise<PublishedOutcome> {
    const results = computeRankingResults(await this.reader.load(cycleId));
    return runDecisionCommand(this.store, { type: 'PublishDecision', cycleId, number, date, signer, actor, results });
  }
}
