import type { Pool } from 'pg';
import { APPRAISAL_SCHEMA } from '../appraisal.config';

const s = APPRAISAL_SCHEMA;

/** The sheet tables (see appraisal-sheet.entities.ts); idempotent, serialised against concurrent starts. */
export async function migrateAppraisalSheet(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('${s}.read-model.migrate'))`);
    await client.query(`
      CREATE SCHEMA IF NOT EXISTS ${s};
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
      )`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
