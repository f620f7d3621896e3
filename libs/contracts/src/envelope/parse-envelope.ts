import { ENVELOPE_VERSION, EventEnvelope } from './event-envelope';
import { InvalidEnvelopeError } from './invalid-envelope.error';

/**
 * Validates an untrusted value (a decoded Kafka message) as an event envelope. Hand-written: the
 * envelope is small and stable, and a dependency-free contracts library is worth more than a schema DSL.
 */
export function parseEnvelope(json: unknown): EventEnvelope {
  const value = record(json, '(message)');
  const version = value['envelopeVersion'];
  if (version !== ENVELOPE_VERSION) {
    throw new InvalidEnvelopeError('envelopeVersion', `must be ${ENVELOPE_VERSION}, got ${describe(version)}`);
  }
  if (!('data' in value) || value['data'] === undefined) {
    throw new InvalidEnvelopeError('data', 'is missing');
  }
  const position = record(value['position'], 'position');
  return {
    envelopeVersion: ENVELOPE_VERSION,
    eventId: uuid(value['eventId'], 'eventId'),
    streamId: text(value['streamId'], 'streamId'),
    streamVersion: positiveInteger(value['streamVersion'], 'streamVersion'),
    type: text(value['type'], 'type'),
    schemaVersion: positiveInteger(value['schemaVersion'], 'schemaVersion'),
    data: value['data'],
    metadata: record(value['metadata'], 'metadata'),
    source: text(value['source'], 'source'),
    position: {
      transactionId: decimal(position['transactionId'], 'position.transactionId'),
      position: decimal(position['position'], 'position.position'),
    },
    recordedAt: instant(value['recordedAt'], 'recordedAt'),
  };
}

/** Parses the JSON text of a message value, then validates it. */
export function decodeEnvelope(text: string): EventEnvelope {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidEnvelopeError('(message)', `is not JSON: ${(error as Error).message}`);
  }
  return parseEnvelope(json);
}

export function encodeEnvelope(envelope: EventEnvelope): string {
  return JSON.stringify(envelope);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DECIMAL = /^(0|[1-9][0-9]*)$/;
// Date.parse accepts far too much ("1", "May 5"); the wire format is always toISOString's.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function record(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidEnvelopeError(field, `must be an object, got ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new InvalidEnvelopeError(field, `must be a non-empty string, got ${describe(value)}`);
  }
  return value;
}

function uuid(value: unknown, field: string): string {
  if (typeof value !== 'string' || !UUID.test(value)) {
    throw new InvalidEnvelopeError(field, `must be a uuid, got ${describe(value)}`);
  }
  return value;
}

function positiveInteger(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new InvalidEnvelopeError(field, `must be a positive integer, got ${describe(value)}`);
  }
  return value;
}

function decimal(value: unknown, field: string): string {
  if (typeof value !== 'string' || !DECIMAL.test(value)) {
    throw new InvalidEnvelopeError(field, `must be a decimal string, got ${describe(value)}`);
  }
  return value;
}

function instant(value: unknown, field: string): string {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidEnvelopeError(field, `must be an ISO-8601 instant, got ${describe(value)}`);
  }
  return value;
}

/** A short rendering of the bad value for the error message (values come from untrusted input). */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function' || typeof value === 'symbol') return typeof value;
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}
