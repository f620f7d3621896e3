// Test only: feeds envelopes to the projections straight, without the consumers' processed-event marks,
// to show the projections themselves are idempotent and converge in any order.
import { EventEnvelope, toEnvelope } from '@par/contracts';
import type { EventStore } from '@par/event-store';
import type { Pool } from 'pg';
import { appraisalProjection } from '../projections/appraisal.projection';
import { submissionsProjection } from '../projections/submissions.projection';

export async function envelopesOf(store: EventStore, source: 'submissions' | 'appraisal'): Promise<EventEnvelope[]> {
  return (await store.readAll({ limit: 10_000 })).map((event) => toEnvelope(event, source));
}

export async function applyDirectly(pool: Pool, envelopes: readonly EventEnvelope[]): Promise<void> {
  const client = await pool.connect();
  try {
    for (const envelope of envelopes) {
      const projection = envelope.source === 'submissions' ? submissionsProjection : appraisalProjection;
      await client.query('BEGIN');
      await projection.handle(envelope, client);
      await client.query('COMMIT');
    }
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
