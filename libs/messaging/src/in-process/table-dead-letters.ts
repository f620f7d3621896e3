import { escapeIdentifier, PoolClient } from 'pg';
import type { DeadLetter, DeadLetterSink } from '../consumer/dead-letter';

/** Dead letters of the embedded mode (no Kafka): a row in the consumer's schema, written atomically with the mark. */
export class TableDeadLetters implements DeadLetterSink {
  private readonly table: string;

  constructor(schema: string) {
    this.table = `${escapeIdentifier(schema)}.dead_letters`;
  }

  async send(letter: DeadLetter, tx: PoolClient): Promise<void> {
    await tx.query(
      `INSERT INTO ${this.table} (consumer, event_id, topic, message_key, message_value, headers, error, attempts)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        letter.consumer,
        letter.eventId,
        letter.topic,
        letter.key,
        letter.value?.toString() ?? null,
        JSON.stringify(letter.headers),
        letter.error,
        letter.attempts,
      ],
    );
  }
}
