import type { Migration } from '@par/event-store';

/**
 * The audit_entries table (audit-entry.entity.ts). Step 1 is written IF NOT EXISTS with the definition
 * TypeORM's `synchronize` gave it before this migrator existed, index name included, so a database from
 * then keeps its table, its rows and its one index.
 */
export const AUDIT_TRAIL_MIGRATIONS: readonly Migration[] = [
  {
    name: 'audit_trail_0001_entries',
    sql: (s) => `
      CREATE TABLE IF NOT EXISTS ${s}.audit_entries (
        event_id text NOT NULL, item integer NOT NULL, cycle_id text NOT NULL, unit_id text NOT NULL,
        criterion text, subject text NOT NULL, stage text NOT NULL, from_points text, to_points text,
        actor text NOT NULL, role text NOT NULL, actor_unit_id text,
        occurred_at timestamptz NOT NULL, recorded_at timestamptz NOT NULL,
        reason text, note text, evidence jsonb, votes jsonb, decision text,
        source text NOT NULL, stream_version integer NOT NULL,
        PRIMARY KEY (event_id, item)
      );
      CREATE INDEX IF NOT EXISTS "IDX_7d7bc709f60e0350d7c0e653a2" ON ${s}.audit_entries (cycle_id, unit_id, criterion)`,
  },
  {
    // INTERCHANGE v1.1: a value imported from a file shows the file's checksum.
    name: 'audit_trail_0002_imported_from',
    sql: (s) => `ALTER TABLE ${s}.audit_entries ADD COLUMN IF NOT EXISTS imported_from text`,
  },
];
