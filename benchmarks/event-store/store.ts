/**
 * The one interface the scenarios drive, implemented once per store under test.
 *
 * It is deliberately narrower than any store's real API (append with an exact expected version,
 * read everything in global order) so the three stores do the same work and nothing else.
 */
import type { BenchEvent } from './workload';

export const STORE_NAMES = ['ours', 'emmett', 'raw'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

export interface StoreSession {
  /** The server processes behind the pool's connections (opened before the clock): whose CPU a step counts. */
  readonly backendPids: readonly number[];
  /**
   * Appends `events` to `streamId`, whose current version must be `expectedVersion`
   * (0 = the stream does not exist yet); resolves to the stream's version afterwards.
   */
  append(streamId: string, events: readonly BenchEvent[], expectedVersion: number): Promise<number>;
  /** A reader of the store's global order from its start, `pageSize` events per page. */
  reader(pageSize: number): LogReader;
  /** Releases the pool; called after the timed part. */
  close(): Promise<void>;
}

/** Reads on from where its last read stopped, so a read of the whole log can be timed in rounds. */
export interface LogReader {
  /** Reads up to `limit` more events (whole pages; Infinity: to the end); resolves to how many it read. */
  read(limit: number): Promise<number>;
}

export interface StoreAdapter {
  readonly name: StoreName;
  /** How the reader reads (printed with the results so nobody has to guess what "read all" meant). */
  readonly readMethod: string;
  /**
   * Connects a pool of `poolSize` connections (opened eagerly, so connecting is not timed) and
   * creates the store's schema if missing. Untimed.
   */
  open(connectionString: string, poolSize: number): Promise<StoreSession>;
}

/**
 * Loads one adapter lazily: each step runs in its own process, and importing Emmett changes
 * process-wide `pg` type parsers (its dumbo layer parses int8 as BigInt and jsonb with its own
 * JSON reviver), which must not leak into the process measuring our store.
 */
export async function loadStore(name: StoreName): Promise<StoreAdapter> {
  switch (name) {
    case 'ours':
      return (await import('./ours')).oursStore;
    case 'emmett':
      return (await import('./emmett')).emmettStore;
    case 'raw':
      return (await import('./raw-insert')).rawInsertStore;
  }
}
