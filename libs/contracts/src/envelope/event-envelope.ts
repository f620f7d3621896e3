/**
 * The event envelope: what one event of a service's log looks like on the wire (Kafka value, JSON) and
 * what every consumer handler receives, whatever the transport.
 */

/** Bumped (with a new topic, see eventsTopic) only for a breaking change to the envelope itself. */
export const ENVELOPE_VERSION = 1 as const;

export interface EnvelopePosition {
  /** Decimal strings: these are 64-bit values, beyond what a JSON number holds exactly. */
  transactionId: string;
  position: string;
}

export interface EventEnvelope<Data = unknown> {
  envelopeVersion: typeof ENVELOPE_VERSION;
  /** uuid; the idempotency key of every consumer. */
  eventId: string;
  streamId: string;
  /** 1 for the first event of a stream; consumers rely on it for per-stream order. */
  streamVersion: number;
  type: string;
  /** Version of the event type's schema (not of the envelope); consumers upcast older ones. */
  schemaVersion: number;
  data: Data;
  metadata: Record<string, unknown>;
  /** Name of the service whose log holds the event, e.g. `appraisal`. */
  source: string;
  /** Position in the source service's global order. */
  position: EnvelopePosition;
  /** ISO-8601 instant the event was recorded in the source log. */
  recordedAt: string;
}

/**
 * The fields of a recorded event the envelope carries. Structural on purpose: contracts depends on
 * nothing, so any service or tool can use it; the event store's RecordedEvent fits it as is.
 */
export interface EnvelopeSourceEvent {
  eventId: string;
  streamId: string;
  streamVersion: number;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: Record<string, unknown>;
  globalPosition: { transactionId: bigint; position: bigint };
  recordedAt: Date;
}

export function toEnvelope(event: EnvelopeSourceEvent, source: string): EventEnvelope {
  return {
    envelopeVersion: ENVELOPE_VERSION,
    eventId: event.eventId,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    source,
    position: {
      transactionId: event.globalPosition.transactionId.toString(),
      position: event.globalPosition.position.toString(),
    },
    recordedAt: event.recordedAt.toISOString(),
  };
}
