import { legacyStreamBelongsTo, legacyStreamId } from './legacy-stream-id';
import { streamId, type StreamKind, type StreamParts } from './stream-id';

/**
 * The stream of a kind and ids: its id, and the id the earlier naming gave it with how to tell, from that
 * stream's first event, that it is this one. It is the event store's `StreamAddress` as it stands: give it
 * to `loadStream` or `handleCommand`, which read the stream under the current id when it has events, else
 * the legacy stream when it is this one, else start a new stream under the current id.
 */
export interface NamedStream {
  readonly streamId: string;
  readonly legacy: { readonly streamId: string; belongs(first: { data: unknown }): boolean };
}

/**
 * `identity` names each id as the stream's events name it in their data (every event of every kind
 * carries them), in the stream's part order: `{ cycleId, unitId }`.
 */
export function namedStream(kind: StreamKind, identity: Readonly<Record<string, string>>): NamedStream {
  const parts = Object.values(identity) as unknown as StreamParts;
  if (parts.length === 0) throw new Error(`a ${kind} stream needs at least one id`);
  return {
    streamId: streamId(kind, ...parts),
    legacy: { streamId: legacyStreamId(kind, ...parts), belongs: (first) => legacyStreamBelongsTo(identity, first) },
  };
}
