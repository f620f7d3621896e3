import { Migration, runMigrations } from '@par/event-store';
import type { Pool } from 'pg';
import { APPRAISAL_SCHEMA } from '../../appraisal.config';

/**
 * The sheet tables (appraisal-sheet.entities.ts). The first step is what the service created before it
 * had a migration ledger, written IF NOT EXISTS: a database from then keeps its tables and rows.
 */
const APPRAISAL_SHEET_MIGRATIONS: readonly Migration[] = [
  {
    name: '0001_sheets',
    sql: (s) => `
      CREATE TABLE IF NOT EXISTS ${s}.sheets (
        cycle_id text NOT NULL, unit_id text NOT NULL, phase text NOT NULL,
        sent_at timestamptz, explanation_deadline timestamptz, finalized_at timestamptz,
        stream_version integer NOT NULL,
        PRIMARY KEY (cycle_id, unit_id)
      );
      CREATE TABLE IF NOT EXISTS ${s}.sheet_leaves (
        cycle_id text NOT NULL, unit_id text NOT NULL, criterion text NOT NULL,
        position integer NOT NULL, title text NOT NULL, max_points text NOT NULL,
        not_applicable_by_setup boolean NOT NULL, self_points text, points text,
        reviewed boolean NOT NULL, explanation text NOT NULL,
        PRIMARY KEY (cycle_id, unit_id, criterion)
      );
      CREATE TABLE IF NOT EXISTS ${s}.sheet_adjustments (
        cycle_id text NOT NULL, unit_id text NOT NULL, adjustment_id text NOT NULL,
        kind text NOT NULL, points text NOT NULL, reason text NOT NULL, criterion text, ref text,
        removed boolean NOT NULL, stream_version integer NOT NULL,
        PRIMARY KEY (cycle_id, unit_id, adjustment_id)
      )`,
  },
];

/** Creates or upgrades the sheet read model; safe on every start, from several processes at once. */
export function migrateAppraisalSheet(pool: Pool): Promise<void> {
  return runMigrations(pool, { schema: APPRAISAL_SCHEMA, ledger: 'read_model_migrations', migrations: APPRAISAL_SHEET_MIGRATIONS });
}
