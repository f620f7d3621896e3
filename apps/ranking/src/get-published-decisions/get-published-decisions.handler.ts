import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type EventStore, loadStream } from '@par/event-store';
import { DecisionEvent, decisionStream } from '../domain/decision.events';
import { verifySnapshot } from '../domain/snapshot-hash';
import { DECISION_LOG } from '../infrastructure/ranking.tokens';
import { GetPublishedDecisionsQuery, PublishedDecisionRevision } from './get-published-decisions.query';

@QueryHandler(GetPublishedDecisionsQuery)
export class GetPublishedDecisionsHandler implements IQueryHandler<GetPublishedDecisionsQuery, PublishedDecisionRevision[]> {
  constructor(@Inject(DECISION_LOG) private readonly store: EventStore) {}

  async execute({ cycleId }: GetPublishedDecisionsQuery): Promise<PublishedDecisionRevision[]> {
    const { events: recorded } = await loadStream(this.store, decisionStream(cycleId));
    return recorded.map((event) => {
      const { data } = event as unknown as DecisionEvent;
      return {
        revision: data.revision,
        number: data.number,
        date: data.date,
        signer: data.signer,
        reason: 'reason' in data ? data.reason : null,
        snapshot: data.snapshot,
        snapshotHash: data.snapshotHash,
        previousSnapshotHash: 'previousSnapshotHash' in data ? data.previousSnapshotHash : null,
        snapshotVerified: verifySnapshot(data.snapshot, data.snapshotHash),
        publishedBy: String(event.metadata.actor ?? ''),
        publishedAt: String(event.metadata.occurredAt ?? event.recordedAt.toISOString()),
        eventHash: event.hash,
      };
    });
  }
}
