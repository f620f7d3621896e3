import { randomUUID } from 'node:crypto';
import { UnstorableEventError } from './errors';
import type { EventMetadata, NewEvent } from './event-store.port';
import { canonicalContent, HashedContent, sha256Hex } from './hashing';
import { toStorableJson } from './storable-json';

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
 */
export function prepareEvents(streamId: string, events: readonly NewEvent[], now = new Date()): PreparedEvent[] {
  const stream = toStorableJson(streamId, 'streamId');
  if (typeof stream !== 'string' || stream.length === 0) throw new UnstorableEventError('streamId', 'it must be a non-empty string');
  const occurredAt = now.toISOString();
  return events.map((event, index) => prepare(stream, event, occurredAt, `events[${index}]`));
}

function prepare(streamId: string, event: NewEvent, occurredAt: string, path: string): PreparedEvent {
  if (typeof event.type !== 'string' || event.type.length === 0) throw new UnstorableEventError(`${path}.type`, 'it must be a non-empty string');
  const content: HashedContent = {
    streamId,
    eventId: eventIdOf(event, path),
    type: toStorableJson(event.type, `${path}.type`) as string,
    schemaVersion: schemaVersionOf(event, path),
    data: dataOf(event, path),
    metadata: metadataOf(event.metadata, occurredAt, path),
  };
  const canonical = canonicalContent(content);
  return { ...content, canonical, contentHash: sha256Hex(canonical) };
}

function eventIdOf(event: NewEvent, path: string): string {
  if (event.eventId === undefined) return randomUUID();
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

function dataOf(event: NewEvent, path: string): unknown {
  if (event.data === undefined) throw new UnstorableEventError(`${path}.data`, 'it is undefined (use null or {} for an event without data)');
  return toStorableJson(event.data, `${path}.data`);
}

function metadataOf(metadata: EventMetadata | undefined, occurredAt: string, path: string): EventMetadata {
  const copied = toStorableJson(metadata ?? {}, `${path}.metadata`);
  if (copied === null || typeof copied !== 'object' || Array.isArray(copied)) {
    throw new UnstorableEventError(`${path}.metadata`, 'it must be an object');
  }
  return copied.occurredAt === undefined ? { ...copied, occurredAt } : copied;
}
