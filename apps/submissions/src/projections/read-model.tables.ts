import type { Pool } from 'pg';
import { SUBMISSIONS_SCHEMA } from '../infrastructure/tokens';

/**
 * The read model's tables, next to the event log in the service's schema. Created here (not by TypeORM's
 * synchronize): the projection writes them through the consumer's transaction, TypeORM only reads them.
 * Safe to run on every start.
 */
export async function migrateReadModel(pool: Pool): Promise<void> {
  const s = `"${SUBMISSIONS_SCHEMA}"`;
  await pool.query(`
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.cycle_overview (
      cycle_id text PRIMARY KEY,
      year integer NOT NULL,
      title text NOT NULL,
      evaluator text NOT NULL,
      status text NOT NULL,
      self_assessment_due text
    );
    CREATE TABLE IF NOT EXISTS ${s}.cycle_groups (
      cycle_id text NOT NULL,
      group_id text NOT NULL,
      name text NOT NULL,
      criteria_set_id text NOT NULL,
      PRIMARY KEY (cycle_id, group_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.cycle_units (
      cycle_id text NOT NULL,
      unit_id text NOT NULL,
      name text NOT NULL,
      group_id text NOT NULL,
      parent_id text,
      registered_seq serial,
      PRIMARY KEY (cycle_id, unit_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.criteria_sets (
      cycle_id text NOT NULL,
      criteria_set_id text NOT NULL,
      version integer NOT NULL,
      criteria jsonb NOT NULL,
      PRIMARY KEY (cycle_id, criteria_set_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.unit_applicability (
      cycle_id text NOT NULL,
      unit_id text NOT NULL,
      criterion text NOT NULL,
      applicable boolean NOT NULL,
      reason text NOT NULL,
      PRIMARY KEY (cycle_id, unit_id, criterion)
    );
    CREATE TABLE IF NOT EXISTS ${s}.self_assessments (
      cycle_id text NOT NULL,
      unit_id text NOT NULL,
      status text NOT NULL,
      submissions integer NOT NULL,
      PRIMARY KEY (cycle_id, unit_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.self_scores (
      cycle_id text NOT NULL,
      unit_id text NOT NULL,
      criterion text NOT NULL,
      points text NOT NULL,
      evidence jsonb NOT NULL,
      note text,
      PRIMARY KEY (cycle_id, unit_id, criterion)
    );
  `);
}
