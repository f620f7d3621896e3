import { encodeEnvelope, EVENT_HEADERS, EventEnvelope } from '@par/contracts';
import type { OutgoingMessage } from './port/message-publisher';

/**
 * How an event travels as a message: keyed by stream id so one stream's events share a partition and
 * keep their order; headers let tools route or filter without parsing the value.
 */
export function envelopeMessage(envelope: EventEnvelope): OutgoingMessage & { key: string; headers: Record<string, string> } {
  return {
    key: envelope.streamId,
    value: encodeEnvelope(envelope),
    headers: {
      [EVENT_HEADERS.eventId]: envelope.eventId,
      [EVENT_HEADERS.type]: envelope.type,
      [EVENT_HEADERS.schemaVersion]: String(envelope.schemaVersion),
    },
  };
}
