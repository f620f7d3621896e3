import type { Pool } from 'pg';
import { runMigrations } from '@par/event-store';

/**
 * Creates the consuming service's bookkeeping tables in its schema; safe to call on every start.
 * - processed_events: one row per event a consumer has applied (or dead-lettered); the idempotency key.
 * - consumer_checkpoints: where an in-process consumer resumes in a source log.
 * - dead_letters: poison events of in-process consumers (Kafka consumers use `<topic>.dlq` instead).
 */
export function migrateConsumerTables(pool: Pool, schema: string): Promise<void> {
  return runMigrations(pool, {
    schema,
    ledger: 'consumer_migrations',
    // IF NOT EXISTS: databases created before this ledger existed already hold the tables.
    migrations: [
      {
        name: '0001_consumer_tables',
        sql: (s) => `
      CREATE TABLE IF NOT EXISTS ${s}.processed_events (
        consumer     text NOT NULL,
        -- text, not uuid: a malformed Kafka message is marked by its topic/partition/offset instead.
        event_id     text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      );
      CREATE TABLE IF NOT EXISTS ${s}.consumer_checkpoints (
        consumer       text NOT NULL,
        source         text NOT NULL,
        transaction_id numeric(20, 0) NOT NULL,
        position       numeric(20, 0) NOT NULL,
        updated_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, source)
      );
      CREATE TABLE IF NOT EXISTS ${s}.dead_letters (
        id         bigserial PRIMARY KEY,
        consumer   text NOT NULL,
        event_id   text,
        topic      text NOT NULL,
        message_key   text,
        message_value text,
        headers    jsonb NOT NULL,
        error      text NOT NULL,
        attempts   integer NOT NULL,
        failed_at  timestamptz NOT NULL DEFAULT now()
      )`,
      },
    ],
  });
}
