import {
  type AppraisalEvent,
  type EventEnvelope,
  isAppraisalEventType,
  isSubmissionsEventType,
  parseAppraisalEvent,
  parseSubmissionsEvent,
  type SubmissionsEvent,
} from '@par/contracts';
import type { EventConsumer } from '@par/messaging';
import type { PoolClient } from 'pg';
import { auditTrailFromAppraisal } from '../projections/audit-trail/appraisal.projector';
import { auditTrailFromSubmissions } from '../projections/audit-trail/submissions.projector';
import { cycleScoresFromAppraisal } from '../projections/cycle-scores/appraisal.projector';
import { cycleScoresFromSubmissions } from '../projections/cycle-scores/submissions.projector';
import { eventContext } from '../projections/event-context';
import type { Projector } from '../projections/projector';

/**
 * One consumer per source service, feeding every projection in the consumer's one transaction. Each
 * envelope is validated at this edge (parseSubmissionsEvent / parseAppraisalEvent): unknown types are
 * someone else's business and ignored; a malformed event throws, and the consumer dead-letters it.
 * The names are the consumers' identities (processed-event marks, Kafka groups): never rename them.
 */
export const submissionsConsumer: EventConsumer = {
  name: 'ranking-submissions',
  async handle(envelope, tx) {
    if (!isSubmissionsEventType(envelope.type)) return;
    const event = parseSubmissionsEvent(envelope.type, envelope.schemaVersion, envelope.data);
    await project(event, envelope, tx, [cycleScoresFromSubmissions, auditTrailFromSubmissions]);
  },
};

export const appraisalConsumer: EventConsumer = {
  name: 'ranking-appraisal',
  async handle(envelope, tx) {
    if (!isAppraisalEventType(envelope.type)) return;
    const event = parseAppraisalEvent(envelope.type, envelope.schemaVersion, envelope.data);
    await project(event, envelope, tx, [cycleScoresFromAppraisal, auditTrailFromAppraisal]);
  },
};

async function project<Event extends SubmissionsEvent | AppraisalEvent>(
  event: Event,
  envelope: EventEnvelope,
  tx: PoolClient,
  projectors: readonly Projector<Event>[],
): Promise<void> {
  const context = eventContext(envelope);
  for (const projector of projectors) await projector(event, context, tx);
}
