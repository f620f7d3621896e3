import type { ExpectedVersion } from '../event-store.port';
import type { PreparedEvent } from '../prepare-events';

/** A batch's chain hashes, computed by the caller from the head it knows (see StreamHeads). */
export interface CallerChain {
  readonly from: string;
  readonly hashes: readonly string[];
}

/**
 * The arguments of `<schema>.append_events`: the batch travels as one jsonb array of the canonical texts
 * already hashed (no second serialisation), then either the content hashes (four arguments: the function
 * chains them) or the chain hashes and the head they were chained from (five).
 */
export function appendParameters(streamId: string, prepared: readonly PreparedEvent[], expectedVersion: ExpectedVersion, chain?: CallerChain): unknown[] {
  const head = [streamId, expectedVersion === 'any' ? null : expectedVersion, `[${prepared.map((event) => event.canonical).join(',')}]`];
  return chain === undefined ? [...head, prepared.map((event) => event.contentHash)] : [...head, chain.hashes, chain.from];
}
