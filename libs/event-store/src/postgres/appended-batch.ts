import type { RecordedEvent } from '../event-store.port';
import { chainHash } from '../hashing';
import type { PreparedEvent } from '../prepare-events';

/** The one row `<schema>.append_events` answers (append.sql.ts); pg gives xid8 and bigint as strings. */
export interface AppendedBatchRow {
  /** The stream's version before the batch (after it, for an empty batch, which writes nothing). */
  first_version: number;
  /** The batch's transaction, time and positions: null for an empty batch. */
  transaction_id: string | null;
  recorded_at: Date | null;
  global_positions: string[] | null;
  /** The head the batch was chained from. */
  chained_from: string;
  /** The chain hashes when the function computed them; null when the caller's were used. */
  chain: string[] | null;
}

/** The chain hashes of a batch after `head`: exactly what the append function would compute. */
export function chainFrom(head: string, prepared: readonly PreparedEvent[]): string[] {
  const hashes = new Array<string>(prepared.length);
  let previous = head;
  for (let i = 0; i < prepared.length; i++) {
    previous = chainHash(previous, prepared[i].contentHash);
    hashes[i] = previous;
  }
  return hashes;
}

/** The batch as recorded: the prepared events with where, when and how they were chained. */
export function recordedBatch(prepared: readonly PreparedEvent[], row: AppendedBatchRow, callerChain?: readonly string[]): RecordedEvent[] {
  if (prepared.length === 0) return [];
  const hashes = row.chain ?? callerChain;
  const { global_positions: positions, recorded_at: recordedAt } = row;
  if (hashes === undefined || positions === null || row.transaction_id === null || recordedAt === null) {
    throw new Error(`append_events answered no chain or positions for a batch of ${prepared.length} events`);
  }
  const transactionId = BigInt(row.transaction_id);
  return prepared.map((event, index): RecordedEvent => ({
    streamId: event.streamId,
    streamVersion: row.first_version + index + 1,
    globalPosition: { transactionId, position: BigInt(positions[index]) },
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    hash: hashes[index],
    previousHash: index === 0 ? row.chained_from : hashes[index - 1],
    // One instant per batch, as the database records it (the transaction's start).
    recordedAt,
  }));
}
