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

/**
 * One consumer per source service, feeding every projection in the consumer's one transaction. Each
 * envelope is validated at this edge (parseSubmissionsEvent / parseAppraisalEvent / parseSurveyEvent): unknown types are
 * someone else's business and ignored; a malformed event throws, and the consumer dead-letters it.
 * The names are the consumers' identities (processed-event marks, Kafka groups): never rename them.
 */
export const submissionsConsumer: EventConsumer = batched({
  name: 'ranking-submissions',
  async handle(envelope, tx) {
    if (!isSubmissionsEventType(envelope.type)) return;
    const event = parseSubmissionsEvent(envelope.type, envelope.schemaVersion, envelope.data);
    await project(event, envelope, tx, [cycleScoresFromSubmissions, auditTrailFromSubmissions]);
  },
});

export const appraisalConsumer: EventConsumer = batched({
  name: 'ranking-appraisal',
  async handle(envelope, tx) {
    if (!isAppraisalEventType(envelope.type)) return;
    const event = parseAppraisalEvent(envelope.type, envelope.schemaVersion, envelope.data);
    await project(event, envelope, tx, [cycleScoresFromAppraisal, auditTrailFromAppraisal]);
  },
});

export const surveyConsumer: EventConsumer = batched({
  name: 'ranking-survey',
  async handle(envelope, tx) {
    if (!isSurveyEventType(envelope.type)) return;
    const event = parseSurveyEvent(envelope.type, envelope.schemaVersion, envelope.data);
    // The audit first: it records the leaf's survey value as it stood before this event moves it.
    await project(event, envelope, tx, [auditTrailFromSurvey, cycleScoresFromSurvey]);
  },
});

/** A batch is each event handled in order, with the batch's audit rows written together at its end. */
function batched(consumer: Pick<EventConsumer, 'name' | 'handle'>): EventConsumer {
  return {
    ...consumer,
    handleBatch: (envelopes, tx) =>
      withDeferredAudit(tx, async () => {
        for (const envelope of envelopes) await consumer.handle(envelope, tx);
      }),
  };
}

async function project<Event extends SubmissionsEvent | AppraisalEvent | SurveyEvent>(
  event: Event,
  envelope: EventEnvelope,
  tx: PoolClient,
  projectors: readonly Projector<Event>[],
): Promise<void> {
  const context = eventContext(envelope);
  for (const projector of projectors) await projector(event, context, tx);
}
