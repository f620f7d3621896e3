import type { Migration } from '@par/event-store';

/**
 * The cycle-scores tables (entities/). Step 1 is written IF NOT EXISTS with the definitions TypeORM's
 * `synchronize` gave them before this migrator existed, so a database from then keeps its tables and data.
 */
export const CYCLE_SCORES_MIGRATIONS: readonly Migration[] = [
  {
    name: 'cycle_scores_0001_tables',
    sql: (s) => `
      CREATE TABLE IF NOT EXISTS ${s}.cycles (
        cycle_id text NOT NULL, year integer NOT NULL, title text NOT NULL, evaluator text NOT NULL,
        thresholds jsonb NOT NULL, source_version integer NOT NULL,
        PRIMARY KEY (cycle_id)
      );
      CREATE TABLE IF NOT EXISTS ${s}.groups (
        cycle_id text NOT NULL, group_id text NOT NULL, name text NOT NULL, criteria_set_id text NOT NULL,
        thresholds jsonb, source_version integer NOT NULL,
        PRIMARY KEY (cycle_id, group_id)
      );
      CREATE TABLE IF NOT EXISTS ${s}.criteria_set_versions (
        cycle_id text NOT NULL, criteria_set_id text NOT NULL, set_version integer NOT NULL,
        criteria jsonb NOT NULL, source_version integer NOT NULL,
        PRIMARY KEY (cycle_id, criteria_set_id, set_version)
      );
      CREATE TABLE IF NOT EXISTS ${s}.units (
        cycle_id text NOT NULL, unit_id text NOT NULL, name text NOT NULL, group_id text NOT NULL,
        parent_id text, source_version integer NOT NULL,
        PRIMARY KEY (cycle_id, unit_id)
      );
      CREATE TABLE IF NOT EXISTS ${s}.applicability (
        cycle_id text NOT NULL, unit_id text NOT NULL, criterion text NOT NULL, applicable boolean NOT NULL,
        reason text NOT NULL, source_version integer NOT NULL,
        PRIMARY KEY (cycle_id, unit_id, criterion)
      );
      CREATE TABLE IF NOT EXISTS ${s}.self_assessments (
        cycle_id text NOT NULL, unit_id text NOT NULL, submission integer NOT NULL, self_total text NOT NULL,
        submitted_by text NOT NULL, source_version integer NOT NULL,
        PRIMARY KEY (cycle_id, unit_id)
      );
      CREATE TABLE IF NOT EXISTS ${s}.self_scores (
        cycle_id text NOT NULL, unit_id text NOT NULL, criterion text NOT NULL, points text NOT NULL,
        evidence jsonb NOT NULL, note text, submission integer NOT NULL,
        PRIMARY KEY (cycle_id, unit_id, criterion)
      );
      CREATE TABLE IF NOT EXISTS ${s}.leaf_values (
        cycle_id text NOT NULL, unit_id text NOT NULL, criterion text NOT NULL, points text,
        set_by text NOT NULL, source_version integer NOT NULL,
        PRIMARY KEY (cycle_id, unit_id, criterion)
      );
      CREATE TABLE IF NOT EXISTS ${s}.adjustments (
        cycle_id text NOT NULL, unit_id text NOT NULL, adjustment_id text NOT NULL, kind text NOT NULL,
        points text NOT NULL, reason text, criterion text, removed boolean NOT NULL, removal_reason text,
        PRIMARY KEY (cycle_id, unit_id, adjustment_id)
      );
      CREATE TABLE IF NOT EXISTS ${s}.appraisal_status (
        cycle_id text NOT NULL, unit_id text NOT NULL, finalized boolean NOT NULL, finalized_at timestamptz,
        PRIMARY KEY (cycle_id, unit_id)
      )`,
  },
  {
    // Issue 8: the survey service's points of survey-held leaves, one row per campaign (entities/survey-value.entity.ts).
    // IF NOT EXISTS: a database whose tables TypeORM's synchronize made may have it already.
    name: 'cycle_scores_0002_survey_values',
    sql: (s) => `
      CREATE TABLE IF NOT EXISTS ${s}.survey_values (
        cycle_id text NOT NULL, unit_id text NOT NULL, criterion text NOT NULL, campaign_id text NOT NULL,
        points text NOT NULL, occurred_at timestamptz NOT NULL, source_version integer NOT NULL,
        PRIMARY KEY (cycle_id, unit_id, criterion, campaign_id)
      )`,
  },
];
