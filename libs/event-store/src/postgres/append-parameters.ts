import type { ExpectedVersion } from '../event-store.port';
import type { PreparedEvent } from '../prepare-events';

/**
 * The four arguments of `<schema>.append_events`: the batch travels as one jsonb array of the canonical
 * texts already hashed (no second serialisation), the content hashes as one text[].
 */
export function appendParameters(streamId: string, prepared: readonly PreparedEvent[], expectedVersion: ExpectedVersion): unknown[] {
  return [
    streamId,
    expectedVersion === 'any' ? null : expectedVersion,
    `[${prepared.map((event) => event.canonical).join(',')}]`,
    prepared.map((event) => event.contentHash),
  ];
}
