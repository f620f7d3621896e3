import { Inject, Injectable } from '@nestjs/common';
import type { Clock, ResultsDocument } from '@par/contracts';
import { type EventMetadata, type EventStore, handleCommand } from '@par/event-store';
import type { DecisionCommand } from '../domain/decision.commands';
import { decisionDecider } from '../domain/decision.decide';
import { decisionStream } from '../domain/decision.events';
import { computeRankingResults } from '../domain/results/compute-ranking-results';
import { CycleScoresReader } from '../projections/cycle-scores/cycle-scores.reader';
import { CLOCK, DECISION_LOG } from './ranking.tokens';

/** The stream, the revision a publication or correction left it at, and its snapshot's hash. */
export interface PublishedOutcome {
  streamId: string;
  revision: number;
  snapshotHash: string;
}

/** What both use cases' commands carry besides their own fields. */
interface DecisionUseCase {
  readonly cycleId: string;
  /** The caller's correlation id, recorded with the event. */
  readonly correlationId?: string;
}

/**
 * Publication and correction alike: snapshot the cycle's results as they stand, put them in the domain
 * command (the decider stays pure), decide on the cycle's decision stream and append at the version read.
 * A no-op (a retry) answers with the revision in force. Each use case only says which domain command it is.
 */
@Injectable()
export abstract class DecisionCommandHandler<Command extends DecisionUseCase> {
  constructor(
    private readonly scores: CycleScoresReader,
    @Inject(DECISION_LOG) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  protected abstract decisionCommand(command: Command, results: ResultsDocument): DecisionCommand;

  async execute(command: Command): Promise<PublishedOutcome> {
    const results = computeRankingResults(await this.scores.load(command.cycleId));
    const decision = this.decisionCommand(command, results);
    const metadata = this.metadataOf(decision, command.correlationId);
    const handled = await handleCommand({ store: this.store, ...decisionStream(decision.cycleId), decider: decisionDecider, command: decision, metadata });
    const latest = handled.events.at(-1) ?? (await this.store.readStream(handled.streamId)).at(-1);
    const data = latest?.data as { revision: number; snapshotHash: string };
    return { streamId: handled.streamId, revision: data.revision, snapshotHash: data.snapshotHash };
  }

  private metadataOf(decision: DecisionCommand, correlationId: string | undefined): EventMetadata {
    const { userId, role, unitId } = decision.actor;
    return {
      actor: userId,
      role,
      ...(unitId ? { actorUnitId: unitId } : {}),
      ...(decision.type === 'CorrectDecision' ? { reason: decision.reason.trim() } : {}),
      occurredAt: this.clock().toISOString(),
      ...(correlationId ? { correlationId } : {}),
    };
  }
}
