import { LOG_UPCASTERS } from '@par/contracts';
import { PostgresEventStore } from '@par/event-store';
import type { Pool } from 'pg';

/**
 * The ceiling a rebuild is measured against: the same logs read from the start through the stores' readAll
 * (upcasting included), in batches of the rebuild's size, and nothing done with them. Answers events/s.
 */
export async function readAllRate(pool: Pool, batchSize: number): Promise<{ events: number; seconds: number }> {
  const stores = [
    new PostgresEventStore(pool, 'submissions', { upcasters: LOG_UPCASTERS.submissions }),
    new PostgresEventStore(pool, 'appraisal', { upcasters: LOG_UPCASTERS.appraisal }),
    new PostgresEventStore(pool, 'survey'),
  ];
  const started = performance.now();
  let events = 0;
  for (const store of stores) {
    for (let batch = await store.readAll({ limit: batchSize }); batch.length > 0;) {
      events += batch.length;
      batch = batch.length < batchSize ? [] : await store.readAll({ after: batch[batch.length - 1].globalPosition, limit: batchSize });
    }
  }
  return { events, seconds: (performance.now() - started) / 1000 };
}
