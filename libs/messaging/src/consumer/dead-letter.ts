import type { PoolClient } from 'pg';

/** A message a consumer gave up on, with enough context to find, understand and replay it. */
export interface DeadLetter {
  consumer: string;
  /** Null when the message was too malformed to carry one. */
  eventId: string | null;
  error: string;
  attempts: number;
  topic: string;
  /** Null for in-process delivery (no partitions, no offsets). */
  partition: number | null;
  offset: string | null;
  key: string | null;
  value: string | Buffer | null;
  headers: Record<string, string>;
}

/**
 * Where dead letters go. `tx` is the transaction that marks the message processed: a sink in the same
 * database writes through it (atomic); a remote sink (Kafka) ignores it and must have delivered before
 * resolving, so a crash before commit re-sends the letter instead of losing it.
 */
export interface DeadLetterSink {
  send(letter: DeadLetter, tx: PoolClient): Promise<void>;
}
