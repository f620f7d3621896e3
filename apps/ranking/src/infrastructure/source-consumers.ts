import {
  type AppraisalEvent,
  type EventEnvelope,
  isAppraisalEventType,
  isSubmissionsEventType,
  isSurveyEventType,
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

/**
 * One consumer per source service, feeding every projection in the consumer's one transaction. Each
 * envelope is validated at this edge (parseSubmissionsEvent / parseAppraisalEvent / parseSurveyEvent): unknown types are
 * someone else's business and ignored; a malformed event throws, and the consumer dead-letters it.
 * The names are the consumers' identities (processed-event marks, Kafka groups): never rename them.
 */
export const submissionsConsumer: EventConsumer = batched('ranking-submissions', async (envelope, tx) => {
  if (!isSubmissionsEventType(envelope.type)) return null;
  const event = parseSubmissionsEvent(envelope.type, envelope.schemaVersion, envelope.data);
  return project(event, envelope, tx, [cycleScoresFromSubmissions, auditTrailFromSubmissions]);
});

export const appraisalConsumer: EventConsumer = batched('ranking-appraisal', async (envelope, tx) => {
  if (!isAppraisalEventType(envelope.type)) return null;
  const event = parseAppraisalEvent(envelope.type, envelope.schemaVersion, envelope.data);
  return project(event, envelope, tx, [cycleScoresFromAppraisal, auditTrailFromAppraisal]);
});

export const surveyConsumer: EventConsumer = batched('ranking-survey', async (envelope, tx) => {
  if (!isSurveyEventType(envelope.type)) return null;
  const event = parseSurveyEvent(envelope.type, envelope.schemaVersion, envelope.data);
  // The audit first: it records the leaf's survey value as it stood before this event moves it.
  return project(event, envelope, tx, [auditTrailFromSurvey, cycleScoresFromSurvey]);
});

/** Projects one event; resolves to the cycle it changed, if any. */
type Apply = (envelope: EventEnvelope, tx: PoolClient) => Promise<string | null>;

/**
 * One event, or a batch of them each handled in order; then the cycles they changed are marked for the
 * results read model (once per cycle in a batch), and the batch's audit rows written together at its end.
 */
function batched(name: string, apply: Apply): EventConsumer {
  return {
    name,
    async handle(envelope, tx) {
      const cycleId = await apply(envelope, tx);
      if (cycleId !== null) await markResultsStale(tx, name, [cycleId]);
    },
    handleBatch: (envelopes, tx) =>
      withDeferredAudit(tx, async () => {
        const changed = new Set<string>();
        for (const envelope of envelopes) {
          const cycleId = await apply(envelope, tx);
          if (cycleId !== null) changed.add(cycleId);
        }
        await markResultsStale(tx, name, changed);
      }),
  };
}

async function project<Event extends SubmissionsEvent | AppraisalEvent | SurveyEvent>(
  event: Event,
  envelope: EventEnvelope,
  tx: PoolClient,
  projectors: readonly Projector<Event>[],
): Promise<string | null> {
  const context = eventContext(envelope);
  for (const projector of projectors) await projector(event, context, tx);
  const { cycleId } = event.data as { cycleId?: unknown };
  return typeof cycleId === 'string' ? cycleId : null;
}
