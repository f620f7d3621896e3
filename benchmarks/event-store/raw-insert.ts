/**
 * The raw-INSERT limit (ARCHITECTURE.md: "measure against the raw-INSERT limit"): the same row
 * shape as an event store (stream id, version, uuid, type, jsonb data/metadata) written with plain
 * batched INSERTs into a bare table. No stream table, no unique (stream, version), no expected
 * version check, no hashing, no explicit transaction: whatever an event store adds costs on top of this.
 */
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { warmPool } from './database';
import type { LogReader, StoreAdapter, StoreSession } from './store';
import type { BenchEvent } from './workload';

const COLUMNS = 6;

// The identity primary key is the one index kept: reading "all in order" needs an order to page by.
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS raw_events (
    global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stream_id       text    NOT NULL,
    stream_version  integer NOT NULL,
    event_id        uuid    NOT NULL,
    type            text    NOT NULL,
    data            jsonb   NOT NULL,
    metadata        jsonb   NOT NULL
  )`;

/** "INSERT ... VALUES ($1..$6), ($7..$12), ..." for `rows` rows. */
function insertSql(rows: number): string {
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) {
    const p = r * COLUMNS;
    tuples.push(`($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}::jsonb, $${p + 6}::jsonb)`);
  }
  return `INSERT INTO raw_events (stream_id, stream_version, event_id, type, data, metadata) VALUES ${tuples.join(', ')}`;
}

const READ_PAGE_SQL = `
  SELECT global_position, stream_id, stream_version, event_id, type, data, metadata
    FROM raw_events
   WHERE global_position > $1
   ORDER BY global_position
   LIMIT $2`;

class RawInsertSession implements StoreSession {
  /** One SQL text per batch size, so each is a named (server-side prepared) statement: parsed once per connection. */
  private readonly insertTexts = new Map<number, string>();

  constructor(
    private readonly pool: Pool,
    readonly backendPids: readonly number[],
  ) {}

  async append(streamId: string, events: readonly BenchEvent[], expectedVersion: number): Promise<number> {
    let text = this.insertTexts.get(events.length);
    if (text === undefined) {
      text = insertSql(events.length);
      this.insertTexts.set(events.length, text);
    }
    const values: unknown[] = [];
    events.forEach((event, k) => {
      values.push(streamId, expectedVersion + k + 1, randomUUID(), event.type, JSON.stringify(event.data), JSON.stringify(event.metadata));
    });
    await this.pool.query({ name: `raw_insert_${events.length}`, text, values });
    return expectedVersion + events.length;
  }

  reader(pageSize: number): LogReader {
    let after = '0';
    let ended = false;
    return {
      read: async (limit) => {
        let read = 0;
        while (!ended && read < limit) {
          const { rows } = await this.pool.query<{ global_position: string }>({ name: 'raw_read_page', text: READ_PAGE_SQL, values: [after, pageSize] });
          read += rows.length;
          if (rows.length > 0) after = rows[rows.length - 1]!.global_position;
          ended = rows.length < pageSize;
        }
        return read;
      },
    };
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

export const rawInsertStore: StoreAdapter = {
  name: 'raw',
  readMethod: 'keyset pages: SELECT ... WHERE global_position > $1 ORDER BY global_position LIMIT n',
  async open(connectionString, poolSize) {
    const pool = new Pool({ connectionString, max: poolSize, idleTimeoutMillis: 0 });
    await pool.query(SCHEMA);
    return new RawInsertSession(pool, await warmPool(pool, poolSize));
  },
};
