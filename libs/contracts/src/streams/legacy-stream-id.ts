import type { StreamKind, StreamParts } from './stream-id';

/**
 * The id streams were given before stream-id.ts: kind and parts joined by '-'. Streams begun under it
 * keep it (the id is hashed into each of their events, and events never change), so readers still
 * look for them. With one part it was one stream per id. With two it was not: ('demo', '2025-so-x')
 * and ('demo-2025', 'so-x') both got `self-assessment-demo-2025-so-x`, and the stream is the one its
 * first event names.
 */
export function legacyStreamId(kind: StreamKind, ...parts: StreamParts): string {
  return [kind, ...parts].join('-');
}

/** Whether a legacy stream, known by its first event's data, is the stream of these ids (field name → id, in the stream's part order). */
export function legacyStreamBelongsTo(identity: Readonly<Record<string, string>>, first: { data: unknown }): boolean {
  const fields = Object.entries(identity);
  if (fields.length === 1) return true;
  const data = (first.data ?? {}) as Record<string, unknown>;
  return fields.every(([field, id]) => data[field] === id);
}
