/**
 * Tamper evidence: the exact formulas. Stored hashes depend on them; never change them in place.
 *
 *   contentHash = hex(SHA-256(UTF-8(JCS({ streamId, eventId, type, schemaVersion, data, metadata }))))
 *   hash        = hex(SHA-256(ASCII(previousHash + contentHash)))
 *
 * JCS is RFC 8785 canonical JSON, written by canonical-json.ts on append and on verify alike (byte for byte
 * what the `canonicalize` package writes: property-tested against it); hex is lowercase; `+` joins the two
 * 64-character hex strings into 128 characters; a stream's first event has previousHash = GENESIS_HASH
 * (64 zeros). Anyone can check an event with `printf %s "$previous$content" | sha256sum`.
 * The content hash is computed in Node at append; the chain step runs inside the append function
 * (`encode(sha256(convert_to(previous || content, 'UTF8')), 'hex')`) so an append needs no prior read.
 * Both cover the event as stored: readers' upcasting never enters a hash.
 */
import { hash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { EventMetadata } from './event-store.port';

export const GENESIS_HASH = '0'.repeat(64);

/** What an event's content hash covers: everything stored about it except where and when it landed. */
export interface HashedContent {
  streamId: string;
  eventId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: EventMetadata;
}

/** RFC 8785 text of the content; the append sends this very text, so what is hashed is what is stored. */
export function canonicalContent(content: HashedContent): string {
  const { streamId, eventId, type, schemaVersion, data, metadata } = content;
  return canonicalJson({ streamId, eventId, type, schemaVersion, data, metadata }, 'event');
}

/** One-shot crypto.hash (a string is hashed as UTF-8): the same digest as createHash, without its object. */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}

export function contentHash(content: HashedContent): string {
  return sha256Hex(canonicalContent(content));
}

export function chainHash(previousHash: string, contentHashHex: string): string {
  return sha256Hex(previousHash + contentHashHex);
}
