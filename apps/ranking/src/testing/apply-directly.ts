// Test only: feeds envelopes to the projections straight, without the consumers' processed-event marks,
// to show the projections themselves are idempotent and converge in any order.
import { EventEnvelope, toEnvelope } from '@par/contracts';
import { type EventStore, inTransaction } from '@par/event-store';
import type { Pool } from 'pg';
import type { EventConsumer } from '@par/messaging';
import { appraisalConsumer, submissionsConsumer, surveyConsumer } from '../infrastructure/source-consumers';

const CONSUMERS: Record<string, EventConsumer> = { submissions: submissionsConsumer, appraisal: appraisalConsumer, survey: surveyConsumer };

export async function envelopesOf(store: EventStore, source: 'submissions' | 'appraisal' | 'survey'): Promise<EventEnvelope[]> {
  return (await store.readAll({ limit: 10_000 })).map((event) => toEnvelope(event, source));
}

/** Each envelope in a transaction of its own, as a consumer would apply it. */
export async function applyDirectly(pool: Pool, envelopes: readonly EventEnvelope[]): Promise<void> {
  for (const envelope of envelopes) {
    await inTransaction(pool, (tx) => CONSUMERS[envelope.source].handle(envelope, tx));
  }
}
