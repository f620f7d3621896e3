import { UnstorableEventError } from './errors';
import type { EventMetadata, NewEvent } from './event-store.port';
import { CanonicalJson, canonicalString, toCanonicalJson } from './canonical-json';
import { newEventId } from './event-id';
import { HashedContent, sha256Hex } from './hashing';

/** A new event made storable: plain JSON content, its canonical text (what is sent) and its content hash. */
export interface PreparedEvent extends HashedContent {
  data: unknown;
  canonical: string;
  contentHash: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_INT4 = 2 ** 31 - 1;

/**
 * Fills the defaults (eventId, schemaVersion 1, metadata.occurredAt = now) and hashes each event.
 * Everything a database would normalise is normalised first (uuid case), so the hash matches the stored row.
 * Each of data and metadata is walked once, checking it and writing its RFC 8785 text together
 * (canonical-json.ts); the content's own keys are written here in their sorted order, so `canonical` is
 * exactly `canonicalContent(content)` (the hash formula of hashing.ts) without a second walk.
 */
export function prepareEvents(streamId: string, events: readonly NewEvent[], now = new Date()): PreparedEvent[] {
  const stream = toCanonicalJson(streamId, 'streamId');
  if (typeof stream.value !== 'string' || stream.value.length === 0) throw new UnstorableEventError('streamId', 'it must be a non-empty string');
  const occurredAt = now.toISOString();
  return events.map((event, index) => prepare(stream as StreamId, event, occurredAt, `events[${index}]`));
}

type StreamId = CanonicalJson & { value: string };

function prepare(streamId: StreamId, event: NewEvent, occurredAt: string, path: string): PreparedEvent {
  if (typeof event.type !== 'string' || event.type.length === 0) throw new UnstorableEventError(`${path}.type`, 'it must be a non-empty string');
  const eventId = eventIdOf(event, path);
  const type = canonicalString(event.type, `${path}.type`);
  const schemaVersion = schemaVersionOf(event, path);
  const data = dataOf(event, path);
  const metadata = metadataOf(event.metadata, occurredAt, path);
  // The keys of HashedContent in UTF-16 order: data, eventId, metadata, schemaVersion, streamId, type.
  const canonical =
    `{"data":${data.text},"eventId":${JSON.stringify(eventId)},"metadata":${metadata.text},` +
    `"schemaVersion":${schemaVersion},"streamId":${streamId.text},"type":${type}}`;
  return {
    streamId: streamId.value,
    eventId,
    type: event.type,
    schemaVersion,
    data: data.value,
    metadata: metadata.value as EventMetadata,
    canonical,
    contentHash: sha256Hex(canonical),
  };
}

function eventIdOf(event: NewEvent, path: string): string {
  if (event.eventId === undefined) return newEventId();
  if (typeof event.eventId !== 'string' || !UUID.test(event.eventId)) {
    throw new UnstorableEventError(`${path}.eventId`, 'it must be a UUID like 0f8fad5b-d9cb-469f-a165-70867728950e');
  }
  return event.eventId.toLowerCase();
}

function schemaVersionOf(event: NewEvent, path: string): number {
  const version = event.schemaVersion ?? 1;
  if (!Number.isInteger(version) || version < 1 || version > MAX_INT4) {
    throw new UnstorableEventError(`${path}.schemaVersion`, 'it must be a positive integer');
  }
  return version;
}

function dataOf(event: NewEvent, path: string): CanonicalJson {
  if (event.data === undefined) throw new UnstorableEventError(`${path}.data`, 'it is undefined (use null or {} for an event without data)');
  return toCanonicalJson(event.data, `${path}.data`);
}

function metadataOf(metadata: EventMetadata | undefined, occurredAt: string, path: string): CanonicalJson {
  const copied = toCanonicalJson(metadata ?? {}, `${path}.metadata`, { name: 'occurredAt', value: occurredAt });
  if (copied.value === null || typeof copied.value !== 'object' || Array.isArray(copied.value)) {
    throw new UnstorableEventError(`${path}.metadata`, 'it must be an object');
  }
  return copied;
}
