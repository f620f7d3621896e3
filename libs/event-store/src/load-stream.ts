import type { EventStore, RecordedEvent } from './event-store.port';

/**
 * Where a stream's events are. A stream's id is hashed into every one of its events, so a stream is never
 * renamed: when the naming of streams changes, a stream begun under the earlier name stays there.
 */
export interface StreamAddress {
  /** The id under the current naming; a new stream is written here. */
  readonly streamId: string;
  /** The id under the earlier naming, if there was one. */
  readonly legacy?: LegacyStreamName;
}

export interface LegacyStreamName {
  readonly streamId: string;
  /** Whether the stream under `streamId` is this one, told from its first event (the earlier naming may have given two streams one id). */
  belongs(first: RecordedEvent): boolean;
}

export interface LoadedStream {
  /** The id the events are under: append here, at the last event's version. */
  streamId: string;
  events: RecordedEvent[];
}

/**
 * The stream under its current id when that has events; else the legacy stream when it is this one; else
 * an empty stream under the current id. In that order a stream that exists reads in one round trip, and
 * only a new or a legacy stream costs a second: nothing writes a legacy id any more, so once the current
 * id has an event the legacy one can no longer be the stream.
 */
export async function loadStream(store: EventStore, { streamId, legacy }: StreamAddress): Promise<LoadedStream> {
  const events = await store.readStream(streamId);
  if (events.length > 0 || !legacy) return { streamId, events };
  const legacyEvents = await store.readStream(legacy.streamId);
  if (legacyEvents.length > 0 && legacy.belongs(legacyEvents[0])) return { streamId: legacy.streamId, events: legacyEvents };
  return { streamId, events };
}
