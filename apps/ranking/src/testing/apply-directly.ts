// Test only: feeds envelopes to the projections straight, without the consumers' processed-event marks,
// to show the projections themselves are idempotent and converge in any order.
import { EventEnvelope, toEnvelope } from '@par/contracts';
import { type EventStore, inTransaction } from '@par/event-store';
import type { Pool } from 'pg';
import { appraisalConsumer, submissionsConsumer } from '../infrastructure/source-consumers';

export async function envelopesOf(store: EventStore, source: 'submissions' | 'appraisal'): Promise<EventEnvelope[]> {
  return (await store.readAll({ limit: 10_000 })).map((event) => toEnvelope(event, source));
}

/** Each envelope in a transaction of its own, as a consumer would apply it. */
export async function applyDirectly(pool: Pool, envelopes: readonly EventEnvelope[]): Promise<void> {
  for (const envelope of envelopes) {
    const consumer = envelope.source === 'submissions' ? submissionsConsumer : appraisalConsumer;
    await inTransaction(pool, (tx) => consumer.handle(envelope, tx));
  }
}
