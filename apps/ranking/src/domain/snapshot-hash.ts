import { canonicalJson } from '@par/event-store';
import { createHash } from 'node:crypto';

/**
 * A published snapshot's fingerprint: hex SHA-256 over its RFC 8785 canonical JSON, the canonical form
 * the event store hashes events with, so anyone can recompute it from the snapshot alone.
 */
export function snapshotHash(snapshot: unknown): string {
  return createHash('sha256').update(canonicalJson(snapshot, 'snapshot'), 'utf8').digest('hex');
}

/** Does this snapshot still have the hash published with it? */
export function verifySnapshot(snapshot: unknown, expectedHash: string): boolean {
  return snapshotHash(snapshot) === expectedHash;
}
