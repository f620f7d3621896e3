import type { EventMetadata, RecordedEvent } from '../event-store.port';

/** The events columns every read selects, in the shape `toRecordedEvent` expects. */
export const EVENT_COLUMNS =
  'global_position, transaction_id, stream_id, stream_version, event_id, type, schema_version, data, metadata, hash, previous_hash, recorded_at';

/** pg returns bigint and xid8 as strings (no type parser is set globally: other users of pg share them). */
export interface EventRow {
  global_position: string;
  transaction_id: string;
  stream_id: string;
  stream_version: number;
  event_id: string;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: EventMetadata;
  hash: string;
  previous_hash: string;
  recorded_at: Date;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    globalPosition: { transactionId: BigInt(row.transaction_id), position: BigInt(row.global_position) },
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    hash: row.hash,
    previousHash: row.previous_hash,
    recordedAt: row.recorded_at,
  };
}
