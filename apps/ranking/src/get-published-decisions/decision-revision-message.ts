import { type ResultsDocument, resultsToJson, type RpcReply } from '@par/contracts';
import type { PublishedDecisionRevision } from './get-published-decisions.query';

type DecisionRevisionMessage = NonNullable<RpcReply<'ranking', 'GetPublishedDecisions'>['revisions']>[number];

/** A published revision in ranking.proto's shape; revision 1 has no reason and no previous hash: left unset. */
export function decisionRevisionMessage(revision: PublishedDecisionRevision): DecisionRevisionMessage {
  return {
    revision: revision.revision,
    number: revision.number,
    date: revision.date,
    signer: revision.signer,
    reason: revision.reason ?? undefined,
    snapshotJson: snapshotJson(revision.snapshot),
    snapshotHash: revision.snapshotHash,
    previousSnapshotHash: revision.previousSnapshotHash ?? undefined,
    snapshotVerified: revision.snapshotVerified,
    publishedBy: revision.publishedBy,
    publishedAt: revision.publishedAt,
    eventHash: revision.eventHash,
  };
}

/**
 * The snapshot as interchange JSON text. The log keeps it as jsonb, which reorders keys: rebuilt in the
 * interchange's key order so it reads as that JSON does. The hash is over the canonical form: key order
 * never changes it.
 */
function snapshotJson(snapshot: ResultsDocument): string {
  return resultsToJson({
    cycle: snapshot.cycle,
    groups: snapshot.groups.map(({ group, results }) => ({
      group,
      results: results.map((row) => ({
        rank: row.rank,
        unit: row.unit,
        name: row.name,
        selfTotal: row.selfTotal,
        appraisedTotal: row.appraisedTotal,
        applicableMax: row.applicableMax,
        index: row.index,
        class: row.class,
        // v1.1: snapshots published since carry the component indices; older ones have none (and stay as hashed).
        ...(row.fields
          ? { fields: row.fields.map(({ field, title, achieved, applicableMax, index }) => ({ field, title, achieved, applicableMax, index })) }
          : {}),
      })),
    })),
  });
}
