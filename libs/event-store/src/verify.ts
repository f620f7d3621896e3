import type { BrokenEvent, GlobalPosition, RecordedEvent, VerifyResult } from './event-store.port';
import { chainHash, contentHash, GENESIS_HASH } from './hashing';

/** What the stream's head row says: its version and the hash of its last event (null if the row is missing). */
export interface StreamHead {
  version: number;
  lastHash: string;
}

type StoredEvent = Omit<RecordedEvent, 'recordedAt'>;

/**
 * Checks hash chains one event at a time, so any log size fits in memory. Feed each stream's events in
 * stream-version order (streams one after another); `result()` names the first broken event in global order.
 * Each event is checked against its predecessor's STORED hash: altering one event breaks that event only,
 * and deleting one shows as a version gap.
 */
export class ChainVerifier {
  private streams = 0;
  private events = 0;
  private firstBroken: BrokenEvent | undefined;
  private current: { streamId: string; last: StoredEvent; head: StreamHead | null; broken: boolean } | undefined;

  accept(event: StoredEvent, head: StreamHead | null): void {
    this.events += 1;
    if (this.current?.streamId !== event.streamId) {
      this.closeStream();
      this.streams += 1;
      this.current = { streamId: event.streamId, last: event, head, broken: false };
      this.check(event, 1, GENESIS_HASH);
      return;
    }
    const previous = this.current.last;
    this.current.last = event;
    this.check(event, previous.streamVersion + 1, previous.hash);
  }

  /** A head row whose stream has no events left at all: the whole stream was deleted. */
  acceptHeadWithoutEvents(streamId: string, head: StreamHead): void {
    this.streams += 1;
    this.report({
      streamId,
      streamVersion: 1,
      eventId: '',
      globalPosition: { transactionId: 0n, position: 0n },
      problem: 'VERSION_GAP',
      expected: `events 1 to ${head.version}`,
      actual: 'no events',
    });
  }

  result(): VerifyResult {
    this.closeStream();
    const counts = { streams: this.streams, events: this.events };
    return this.firstBroken ? { ok: false, ...counts, firstBroken: this.firstBroken } : { ok: true, ...counts };
  }

  private check(event: StoredEvent, expectedVersion: number, expectedPrevious: string): void {
    if (this.current!.broken) return;
    if (event.streamVersion !== expectedVersion) {
      this.breakAt(event, 'VERSION_GAP', String(expectedVersion), String(event.streamVersion));
    } else if (event.previousHash !== expectedPrevious) {
      this.breakAt(event, 'PREVIOUS_HASH_MISMATCH', expectedPrevious, event.previousHash);
    } else {
      const expected = chainHash(event.previousHash, contentHash(event));
      if (event.hash !== expected) this.breakAt(event, 'HASH_MISMATCH', expected, event.hash);
    }
  }

  /** The head row catches what the chain cannot: a deleted (or rewritten) tail of a stream. */
  private closeStream(): void {
    const stream = this.current;
    this.current = undefined;
    if (!stream || stream.broken) return;
    const { last, head } = stream;
    if (!head || head.version !== last.streamVersion) {
      this.breakAt(last, 'VERSION_GAP', head ? `stream head at version ${head.version}` : 'a stream head row', `last event is version ${last.streamVersion}`);
    } else if (head.lastHash !== last.hash) {
      this.breakAt(last, 'HASH_MISMATCH', `${head.lastHash} (stream head)`, last.hash);
    }
  }

  private breakAt(event: StoredEvent, problem: BrokenEvent['problem'], expected: string, actual: string): void {
    if (this.current) this.current.broken = true;
    const { streamId, streamVersion, eventId, globalPosition } = event;
    this.report({ streamId, streamVersion, eventId, globalPosition, problem, expected, actual });
  }

  private report(broken: BrokenEvent): void {
    if (!this.firstBroken || isBefore(broken.globalPosition, this.firstBroken.globalPosition)) this.firstBroken = broken;
  }
}

function isBefore(a: GlobalPosition, b: GlobalPosition): boolean {
  return a.transactionId < b.transactionId || (a.transactionId === b.transactionId && a.position < b.position);
}
