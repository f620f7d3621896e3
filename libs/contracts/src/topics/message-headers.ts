/**
 * Kafka header names. Headers repeat what routing and tooling need without parsing the value;
 * the envelope in the value stays the source of truth.
 */
export const EVENT_HEADERS = Object.freeze({
  eventId: 'event-id',
  type: 'type',
  schemaVersion: 'schema-version',
});

/** Added to a dead-lettered message (original key, value and headers are kept) to say what failed where. */
export const DEAD_LETTER_HEADERS = Object.freeze({
  error: 'dlq-error',
  consumer: 'dlq-consumer',
  topic: 'dlq-original-topic',
  partition: 'dlq-original-partition',
  offset: 'dlq-original-offset',
  attempts: 'dlq-attempts',
  failedAt: 'dlq-failed-at',
});
