import type { RecordedEvent } from './event-store.port';
import { chainHash } from './hashing';
import type { PreparedEvent } from './prepare-events';

/** Where a batch lands in a store kept in memory: after which version and hash, at which global positions. */
export interface MemoryPlacement {
  readonly version: number;
  readonly previousHash: string;
  readonly transactionId: bigint;
  /** The global position of the batch's first event. */
  readonly firstPosition: number;
}

/**
 * Prepared events as recorded by a store kept in memory (the in-memory adapter, a staged unit of work):
 * consecutive versions and positions, each hash chained to the one before, as the database's append does.
 */
export function chainInMemory(streamId: string, prepared: readonly PreparedEvent[], at: MemoryPlacement): RecordedEvent[] {
  const recordedAt = new Date();
  let previousHash = at.previousHash;
  return prepared.map((event, index): RecordedEvent => {
    const hash = chainHash(previousHash, event.contentHash);
    const record: RecordedEvent = {
      streamId,
      streamVersion: at.version + index + 1,
      globalPosition: { transactionId: at.transactionId, position: BigInt(at.firstPosition + index) },
      eventId: event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata: event.metadata,
      hash,
      previousHash,
      recordedAt,
    };
    previousHash = hash;
    return record;
  });
}
