import { appendFunctionSql } from './append.sql';
import { appendFunctionV1Sql } from './append-v1.sql';

/** One step of a schema's history. Never edit an applied migration: add the next one. */
export interface Migration {
  name: string;
  /** DDL for the (quoted) schema. */
  sql: (schema: string) => string;
}

/** SQLSTATE raised by any UPDATE, DELETE or TRUNCATE of a log. */
export const APPEND_ONLY_SQLSTATE = 'PAR02';

export const EVENT_STORE_MIGRATIONS: readonly Migration[] = [
  {
    name: '0001_events_and_streams',
    sql: (s) => `
      CREATE TABLE ${s}.streams (
        stream_id text PRIMARY KEY,
        version   integer NOT NULL CHECK (version >= 0),
        last_hash text NOT NULL
      );
      CREATE TABLE ${s}.events (
        global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        -- the writer's transaction: readers of the global order only read below the oldest running one
        transaction_id  xid8 NOT NULL DEFAULT pg_current_xact_id(),
        stream_id       text NOT NULL,
        stream_version  integer NOT NULL CHECK (stream_version >= 1),
        event_id        uuid NOT NULL UNIQUE,
        type            text NOT NULL,
        schema_version  integer NOT NULL CHECK (schema_version >= 1),
        data            jsonb NOT NULL,
        metadata        jsonb NOT NULL,
        hash            text NOT NULL,
        previous_hash   text NOT NULL,
        recorded_at     timestamptz NOT NULL DEFAULT now(),
        UNIQUE (stream_id, stream_version)
      );
      CREATE INDEX events_global_order ON ${s}.events (transaction_id, global_position);`,
  },
  { name: '0002_append_function', sql: appendFunctionV1Sql },
  {
    // A superuser can still disable the trigger: hash chains and verify() are what make tampering visible.
    name: '0003_events_are_append_only',
    sql: (s) => `
      CREATE FUNCTION ${s}.reject_event_changes() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        RAISE EXCEPTION USING ERRCODE = '${APPEND_ONLY_SQLSTATE}',
          MESSAGE = format('%I.%I is append-only: %s is not allowed', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP);
      END
      $fn$;
      CREATE TRIGGER events_are_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${s}.events
        FOR EACH STATEMENT EXECUTE FUNCTION ${s}.reject_event_changes();`,
  },
  {
    // One index fewer per appended event. Every read of the global order (readAll, hence subscriptions and
    // relays) seeks and sorts by (transaction_id, global_position); nothing reads by global_position alone,
    // so its own primary key index only cost an insertion and WAL per event. The global order's index
    // becomes the primary key, which keeps what readers rely on unique: the pair they page and checkpoint by.
    // global_position alone stays unique by construction (GENERATED ALWAYS AS IDENTITY: only an explicit
    // OVERRIDING SYSTEM VALUE could repeat one), no longer by an index. event_id stays UNIQUE: downstream
    // idempotency relies on it. Rebuilds the index under an ACCESS EXCLUSIVE lock: a pause on a large log.
    name: '0004_global_order_is_the_primary_key',
    sql: (s) => `
      ALTER TABLE ${s}.events DROP CONSTRAINT events_pkey;
      DROP INDEX ${s}.events_global_order;
      ALTER TABLE ${s}.events ADD CONSTRAINT events_global_order PRIMARY KEY (transaction_id, global_position);`,
  },
  {
    // The caller may send the batch's chain hashes, computed from the head it knows, and the function answers
    // one row instead of one per event (append.sql.ts): a new signature and answer, so the function is
    // replaced rather than redefined. Calls with the four arguments of 0002 still append (their rows differ).
    name: '0005_append_chained_by_the_caller',
    sql: (s) => `
      DROP FUNCTION ${s}.append_events(text, integer, jsonb, text[]);
      ${appendFunctionSql(s)};`,
  },
  {
    // Stream ids compared byte by byte: the database's collation (C.UTF-8, say) made every comparison of the
    // two indexes on stream ids (events' stream and version, the heads' primary key) a strcoll(), about a
    // dozen per appended event. Nothing reads stream ids in a linguistic order, and UTF-8 bytes order
    // them as code points, as C.UTF-8 does. Rebuilds both indexes (not the tables): a pause on a large log.
    name: '0006_stream_ids_compare_bytewise',
    sql: (s) => `
      ALTER TABLE ${s}.events ALTER COLUMN stream_id TYPE text COLLATE "C";
      ALTER TABLE ${s}.streams ALTER COLUMN stream_id TYPE text COLLATE "C";`,
  },
];
