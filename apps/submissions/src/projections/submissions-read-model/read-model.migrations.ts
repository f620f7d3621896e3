import type { Pool } from 'pg';
import { type Migration, runMigrations } from '@par/event-store';
import { SUBMISSIONS_SCHEMA } from '../../infrastructure/tokens';

/**
 * The read model's history of tables, next to the event log in the service's schema. The projection
 * writes them through the consumer's transaction; TypeORM only reads them (read-model.entities.ts).
 */
export const READ_MODEL_MIGRATIONS: readonly Migration[] = [
  {
    // IF NOT EXISTS: databases from before the migrator already hold these very tables.
    name: '0001_cycle_overview_and_sheets',
    sql: (s) => `
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
      );`,
  },
  {
    // Issue 8: the points the survey service applied to survey-held leaves, one row per campaign (survey-points.projection.ts).
    name: '0002_survey_points',
    sql: (s) => `
      CREATE TABLE IF NOT EXISTS ${s}.survey_points (
        cycle_id text NOT NULL,
        unit_id text NOT NULL,
        criterion text NOT NULL,
        campaign_id text NOT NULL,
        points text NOT NULL,
        occurred_at timestamptz NOT NULL,
        source_version integer NOT NULL,
        PRIMARY KEY (cycle_id, unit_id, criterion, campaign_id)
      );`,
  },
];

/** Brings the read model's tables up to date; safe on every start, from several processes at once. */
export function migrateReadModel(pool: Pool): Promise<void> {
  return runMigrations(pool, { schema: SUBMISSIONS_SCHEMA, ledger: 'read_model_migrations', migrations: READ_MODEL_MIGRATIONS });
}
