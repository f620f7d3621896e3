import type { EventEnvelope } from '@par/contracts';

/** Who, when and where an event comes from, as the audit and the forward-only guards need it. */
export interface EventContext {
  readonly eventId: string;
  readonly source: string;
  readonly streamVersion: number;
  readonly actor: string;
  readonly role: string;
  readonly actorUnitId: string | null;
  /** When the business fact happened (metadata occurredAt), else when the source recorded it. */
  readonly occurredAt: string;
  readonly recordedAt: string;
  /** The checksum of the file an import recorded the event from (metadata provenance); null when given live. */
  readonly importedFrom: string | null;
}

export function eventContext(envelope: EventEnvelope): EventContext {
  const metadata = envelope.metadata ?? {};
  const text = (key: string): string | null => (typeof metadata[key] === 'string' && metadata[key] !== '' ? (metadata[key] as string) : null);
  return {
    eventId: envelope.eventId,
    source: envelope.source,
    streamVersion: envelope.streamVersion,
    actor: text('actor') ?? 'unknown',
    role: text('role') ?? 'unknown',
    actorUnitId: text('actorUnitId'),
    occurredAt: text('occurredAt') ?? envelope.recordedAt,
    recordedAt: envelope.recordedAt,
    importedFrom: importedFrom(metadata.provenance),
  };
}

function importedFrom(provenance: unknown): string | null {
  const file = (provenance as { file?: unknown } | null | undefined)?.file;
  return typeof file === 'string' && file !== '' ? file : null;
}
