import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@par/event-store';
import { PublishedOutcome, runDecisionCommand } from '../publish-decision/decision-log';
import { ResultsReader } from '../queries/results-reader';
import { DECISION_LOG } from '../ranking.tokens';
import { computeRankingResults } from '../results/compute-ranking-results';
import { CorrectDecisionCommand } from './correct-decision.command';

@CommandHandler(CorrectDecisionCommand)
export class CorrectDecisionHandler implements ICommandHandler<CorrectDecisionCommand, PublishedOutcome> {
  constructor(
    private readonly reader: ResultsReader,
    @Inject(DECISION_LOG) private readonly store: EventStore,
  ) {}

  async execute({ cycleId, reason, actor, details }: CorrectDecisionCommand): Promise<PublishedOutcome> {
    const results = computeRankingResults(await this.reader.load(cycleId));
    return runDecisionCommand(this.store, { type: 'CorrectDecision', cycleId, reason, actor, results, ...details });
  }
}
