/**
 * Our PostgresEventStore (@par/event-store) through its EventStore port, as a service uses it.
 *
 * Append: `append(stream, events, { expectedVersion })`, one round trip per batch (one call of the
 * schema's append_events function, autocommitted), including canonical JSON + content hashing in
 * Node and the hash chain in SQL. Read all: `readAll({ after, limit })` pages in global order
 * (transaction id, position), each page starting after the last event of the previous one.
 */
import { PostgresEventStore, START, type GlobalPosition, type NewEvent } from '@par/event-store';
import { Pool } from 'pg';
import { warmPool } from './database';
import type { LogReader, StoreAdapter, StoreSession } from './store';
import type { BenchEvent } from './workload';

/** One service's schema, as in production (each service owns one). */
const SCHEMA = 'assessment_bench';

class OursSession implements StoreSession {
  constructor(
    private readonly pool: Pool,
    private readonly store: PostgresEventStore,
    readonly backendPids: readonly number[],
  ) {}

  async append(streamId: string, events: readonly BenchEvent[], expectedVersion: number): Promise<number> {
    // No eventId: the store generates it, as it would for a command handler.
    const newEvents = events.map((e): NewEvent => ({ type: e.type, data: e.data, metadata: e.metadata }));
    const result = await this.store.append(streamId, newEvents, { expectedVersion });
    return result.nextExpectedVersion;
  }

  reader(pageSize: number): LogReader {
    let after: GlobalPosition = START;
    let ended = false;
    return {
      read: async (limit) => {
        let read = 0;
        while (!ended && read < limit) {
          const page = await this.store.readAll({ after, limit: pageSize });
          const last = page.at(-1);
          read += page.length;
          if (last !== undefined) after = last.globalPosition;
          ended = page.length < pageSize;
        }
        return read;
      },
    };
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

export const oursStore: StoreAdapter = {
  name: 'ours',
  readMethod: 'readAll({ after, limit }) pages (ORDER BY transaction_id, global_position; index events_global_order)',
  async open(connectionString, poolSize) {
    const pool = new Pool({ connectionString, max: poolSize, idleTimeoutMillis: 0 });
    const store = new PostgresEventStore(pool, SCHEMA);
    await store.migrate();
    return new OursSession(pool, store, await warmPool(pool, poolSize));
  },
};
