import {
  type AppraisalEvent,
  type EventEnvelope,
  parseAppraisalEvent,
  parseSubmissionsEvent,
  parseSurveyEvent,
  type SubmissionsEvent,
  type SurveyEvent,
} from '@par/contracts';
import type { EventConsumer } from '@par/messaging';
import type { PoolClient } from 'pg';
import { auditTrailFromAppraisal } from '../projections/audit-trail/appraisal.projector';
import { auditTrailFromSubmissions } from '../projections/audit-trail/submissions.projector';
import { auditTrailFromSurvey } from '../projections/audit-trail/survey.projector';
import { cycleScoresFromAppraisal } from '../projections/cycle-scores/appraisal.projector';
import { cycleScoresFromSubmissions } from '../projections/cycle-scores/submissions.projector';
import { cycleScoresFromSurvey } from '../projections/cycle-scores/survey.projector';
import { eventContext } from '../projections/event-context';
import type { Projector } from '../projections/projector';
import { withDeferredAudit } from '../projections/audit-trail/audit-writer';
import { markResultsStale } from '../projections/cycle-results/results-revision';
import { APPRAISAL_PROJECTED, SUBMISSIONS_PROJECTED, SURVEY_PROJECTED } from '../projections/projected-types';

/** What ranking reads of one source service's log, and the single-event projectors that apply it (the rule). */
export interface RankingSource<Event extends SubmissionsEvent | AppraisalEvent | SurveyEvent> {
  /** The consumer's identity (processed-event marks, checkpoints, Kafka groups): never rename it. */
  readonly name: string;
  /** The envelope validated at this edge; null when its type is someone else's business. Throws on a broken contract. */
  parse(envelope: EventEnvelope): Event | null;
  /** In the order they run on each event. */
  readonly projectors: readonly Projector<Event>[];
}

/**
 * One consumer per source service, feeding every projection in the consumer's one transaction. Each
 * envelope of a type the projections read is validated at this edge (parseSubmissionsEvent / parseAppraisalEvent /
 * parseSurveyEvent): a malformed one throws, and the consumer dead-letters it. Every other type — another
 * service's, or one of this log's that no projection reads (drafts, deadlines, an appraisal's start) —
 * changes nothing here and is passed over unread: a tolerant reader, and a rebuild that does not
 * validate the half of a log it has no use for.
 */
export const SUBMISSIONS_SOURCE: RankingSource<SubmissionsEvent> = {
  name: 'ranking-submissions',
  parse: readOnly(SUBMISSIONS_PROJECTED, (envelope) => parseSubmissionsEvent(envelope.type, envelope.schemaVersion, envelope.data)),
  projectors: [cycleScoresFromSubmissions, auditTrailFromSubmissions],
};

export const APPRAISAL_SOURCE: RankingSource<AppraisalEvent> = {
  name: 'ranking-appraisal',
  parse: readOnly(APPRAISAL_PROJECTED, (envelope) => parseAppraisalEvent(envelope.type, envelope.schemaVersion, envelope.data)),
  projectors: [cycleScoresFromAppraisal, auditTrailFromAppraisal],
};

export const SURVEY_SOURCE: RankingSource<SurveyEvent> = {
  name: 'ranking-survey',
  parse: readOnly(SURVEY_PROJECTED, (envelope) => parseSurveyEvent(envelope.type, envelope.schemaVersion, envelope.data)),
  // The audit first: it records the leaf's survey value as it stood before this event moves it.
  projectors: [auditTrailFromSurvey, cycleScoresFromSurvey],
};

/** The parser of a source, applied to the types its projections read; null for any other. */
function readOnly<Event>(types: ReadonlySet<string>, parse: (envelope: EventEnvelope) => Event): (envelope: EventEnvelope) => Event | null {
  return (envelope) => (types.has(envelope.type) ? parse(envelope) : null);
}

export const submissionsConsumer: EventConsumer = batched(SUBMISSIONS_SOURCE);
export const appraisalConsumer: EventConsumer = batched(APPRAISAL_SOURCE);
export const surveyConsumer: EventConsumer = batched(SURVEY_SOURCE);

/**
 * One event, or a batch of them each handled in order; then the cycles they changed are marked for the
 * results read model (once per cycle in a batch), and the batch's audit rows written together at its end.
 */
function batched<Event extends SubmissionsEvent | AppraisalEvent | SurveyEvent>(source: RankingSource<Event>): EventConsumer {
  const apply = (envelope: EventEnvelope, tx: PoolClient) => projectEnvelope(source, envelope, tx);
  return {
    name: source.name,
    async handle(envelope, tx) {
      const cycleId = await apply(envelope, tx);
      if (cycleId !== null) await markResultsStale(tx, source.name, [cycleId]);
    },
    handleBatch: (envelopes, tx) =>
      withDeferredAudit(tx, async () => {
        const changed = new Set<string>();
        for (const envelope of envelopes) {
          const cycleId = await apply(envelope, tx);
          if (cycleId !== null) changed.add(cycleId);
        }
        await markResultsStale(tx, source.name, changed);
      }),
  };
}

/** Projects one event through every projector of its source; resolves to the cycle it changed, if any. */
async function projectEnvelope<Event extends SubmissionsEvent | AppraisalEvent | SurveyEvent>(
  source: RankingSource<Event>,
  envelope: EventEnvelope,
  tx: PoolClient,
): Promise<string | null> {
  const event = source.parse(envelope);
  if (event === null) return null;
  const context = eventContext(envelope);
  for (const projector of source.projectors) await projector(event, context, tx);
  return cycleOf(event);
}

/** The cycle an event belongs to: every projected event names it. */
export function cycleOf(event: SubmissionsEvent | AppraisalEvent | SurveyEvent): string | null {
  const { cycleId } = event.data as { cycleId?: unknown };
  return typeof cycleId === 'string' ? cycleId : null;
}
