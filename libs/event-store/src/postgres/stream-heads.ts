import { GENESIS_HASH } from '../hashing';

/**
 * What this store last saw of each stream's end: "event V of stream S has hash H", from its own appends
 * and reads. Such a fact never turns false (events are never changed), it only stops being the end of
 * the stream: the append function then finds another version or head and the usual checks answer.
 * With it an append chains its batch itself (hashing.ts) instead of leaving the chain to PL/pgSQL.
 *
 * Bounded: the streams used longest ago are forgotten first (a Map iterates in insertion order).
 */
export class StreamHeads {
  private readonly heads = new Map<string, { readonly version: number; readonly hash: string }>();

  constructor(private readonly capacity = 10_000) {}

  /** The hash of event `version` of the stream, if known: the head an append at that expected version continues. */
  hashAt(streamId: string, version: number): string | undefined {
    if (version === 0) return GENESIS_HASH;
    const head = this.heads.get(streamId);
    return head?.version === version ? head.hash : undefined;
  }

  remember(streamId: string, version: number, hash: string): void {
    const known = this.heads.get(streamId);
    // Reads and appends may answer out of order: keep the furthest fact.
    if (known !== undefined && known.version > version) return;
    this.heads.delete(streamId);
    this.heads.set(streamId, { version, hash });
    if (this.heads.size > this.capacity) this.heads.delete(this.heads.keys().next().value as string);
  }

  forget(streamId: string): void {
    this.heads.delete(streamId);
  }
}
