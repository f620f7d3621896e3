import { resultsToJson } from '@par/contracts';
import type { PublishedDecisionRevision } from '../queries/get-published-decisions.query';
import { resultsDocumentOf, resultsMessage } from './results-message';

/** A published revision in ranking.proto's shape. */
export function decisionRevisionMessage(revision: PublishedDecisionRevision) {
  return {
    revision: revision.revision,
    number: revision.number,
    date: revision.date,
    signer: revision.signer,
    reason: revision.reason ?? '',
    // The log keeps the snapshot as jsonb, which reorders keys: rebuilt so the text reads as the
    // interchange JSON does. The hash is over the canonical form, so key order never changes it.
    snapshotJson: resultsToJson(resultsDocumentOf(resultsMessage(revision.snapshot))),
    snapshotHash: revision.snapshotHash,
    previousSnapshotHash: revision.previousSnapshotHash ?? '',
    snapshotVerified: revision.snapshotVerified,
    publishedBy: revision.publishedBy,
    publishedAt: revision.publishedAt,
    eventHash: revision.eventHash,
  };
}
