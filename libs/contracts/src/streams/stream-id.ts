/**
 * Stream ids: the key every event is stored under, hashed into its chain, and the Kafka key it is relayed
 * with. Written here, once, because ids are free strings: joining parts with a character the parts may
 * contain made ('demo', '2025-so-x') and ('demo-2025', 'so-x') one stream (see legacy-stream-id.ts).
 *
 * `<kind>:<part>:<part>…`, each part percent-encoded for exactly the two characters that would make it
 * ambiguous: '%' (the escape) and ':' (the separator). Everything else stays as written, so an id reads
 * like its parts (`appraisal:demo-2025:so-x`, Vietnamese letters included) and encoding never throws
 * (encodeURIComponent would escape every non-ASCII letter and throws on a lone surrogate).
 */

/** The kinds of stream the services write. None contains ':', and none is another followed by '-' (legacy ids stay apart too). */
export const STREAM_KINDS = ['cycle', 'self-assessment', 'appraisal', 'decision', 'campaign', 'published-index'] as const;
export type StreamKind = (typeof STREAM_KINDS)[number];

/** The ids that pick one stream of a kind, in order (a cycle: its id; a self-assessment: cycle and unit). */
export type StreamParts = readonly [string, ...string[]];

export interface ParsedStreamId {
  kind: StreamKind;
  parts: StreamParts;
}

const SEPARATOR = ':';

export function streamId(kind: StreamKind, ...parts: StreamParts): string {
  return [kind, ...parts.map(encodePart)].join(SEPARATOR);
}

/** The kind and parts of an id `streamId` wrote; null for any other text (an id of the earlier naming, say). */
export function parseStreamId(id: string): ParsedStreamId | null {
  const [kind, ...encoded] = id.split(SEPARATOR);
  if (!isStreamKind(kind) || encoded.length === 0 || !encoded.every(isEncodedPart)) return null;
  return { kind, parts: encoded.map(decodePart) as unknown as StreamParts };
}

function isStreamKind(text: string): text is StreamKind {
  return (STREAM_KINDS as readonly string[]).includes(text);
}

function encodePart(part: string): string {
  return part.replace(/[%:]/g, (character) => (character === '%' ? '%25' : '%3A'));
}

/** Every '%' starts one of the two escapes encodePart writes. */
function isEncodedPart(text: string): boolean {
  return !/%(?!25|3A)/.test(text);
}

function decodePart(text: string): string {
  return text.replace(/%(25|3A)/g, (_, hex: string) => (hex === '25' ? '%' : ':'));
}
