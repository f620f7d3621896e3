import type { EventMetadata, RecordedEvent } from '../event-store.port';
import { STORE_TYPES } from './timestamptz';

/**
 * The events columns every read selects, in the order of EventRow. stream_id compares bytewise since migration
 * 0006; reads still answer it in the database's collation, so that a statement prepared before that migration
 * keeps its result type (PostgreSQL refuses a cached plan whose result type changed).
 */
export const EVENT_COLUMNS =
  'global_position, transaction_id, stream_id COLLATE "default" AS stream_id, stream_version, event_id, type, schema_version, data, metadata, hash, previous_hash, recorded_at';

/**
 * One row as pg gives it in array mode: reads return thousands, and an array per row is cheaper to build than
 * an object. pg returns bigint and xid8 as strings (no type parser is set globally: other users of pg share them).
 */
export type EventRow = [
  globalPosition: string,
  transactionId: string,
  streamId: string,
  streamVersion: number,
  eventId: string,
  type: string,
  schemaVersion: number,
  data: unknown,
  metadata: EventMetadata,
  hash: string,
  previousHash: string,
  recordedAt: Date,
];

/** How the store's queries that answer events ask for them: rows as arrays, timestamps by parseTimestamptz. */
export const EVENT_ROWS = { rowMode: 'array', types: STORE_TYPES } as const;

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    streamId: row[2],
    streamVersion: row[3],
    globalPosition: { transactionId: BigInt(row[1]), position: BigInt(row[0]) },
    eventId: row[4],
    type: row[5],
    schemaVersion: row[6],
    data: row[7],
    metadata: row[8],
    hash: row[9],
    previousHash: row[10],
    recordedAt: row[11],
  };
}
