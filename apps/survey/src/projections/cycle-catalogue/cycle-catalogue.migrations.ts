import { Migration, runMigrations } from '@par/event-store';
import type { Pool } from 'pg';
import { SURVEY_SCHEMA } from '../../survey.config';

/**
 * What a campaign is checked against, from the submissions log: cycles, groups and their set, each set's
 * survey-held leaves (latest version only) and units. Every row moves only forward in its source stream
 * (`source_version`, the cycle stream's version), so the projection converges whatever the redeliveries.
 */
const CYCLE_CATALOGUE_MIGRATIONS: readonly Migration[] = [
  {
    name: '0001_cycle_catalogue',
    sql: (s) => `
      CREATE TABLE ${s}.catalogue_cycles (
        cycle_id text PRIMARY KEY, source_version integer NOT NULL
      );
      CREATE TABLE ${s}.catalogue_groups (
        cycle_id text NOT NULL, group_id text NOT NULL, criteria_set_id text NOT NULL, source_version integer NOT NULL,
        PRIMARY KEY (cycle_id, group_id)
      );
      CREATE TABLE ${s}.catalogue_sets (
        cycle_id text NOT NULL, criteria_set_id text NOT NULL, set_version integer NOT NULL, source_version integer NOT NULL,
        PRIMARY KEY (cycle_id, criteria_set_id)
      );
      CREATE TABLE ${s}.catalogue_survey_leaves (
        cycle_id text NOT NULL, criteria_set_id text NOT NULL, criterion text NOT NULL, max_points text NOT NULL, position integer NOT NULL,
        PRIMARY KEY (cycle_id, criteria_set_id, criterion)
      );
      CREATE TABLE ${s}.catalogue_units (
        cycle_id text NOT NULL, unit_id text NOT NULL, group_id text NOT NULL, source_version integer NOT NULL,
        PRIMARY KEY (cycle_id, unit_id)
      );
      CREATE INDEX catalogue_units_by_group ON ${s}.catalogue_units (cycle_id, group_id)`,
  },
  {
    // Each survey-held leaf's scoring method (its event data), so that opening a campaign can refuse a leaf that
    // cannot take the computed points. Leaves projected before stay NULL (not known) until their set is defined
    // or corrected again: the submissions log is not replayed by a migration.
    name: '0002_survey_leaf_methods',
    sql: (s) => `ALTER TABLE ${s}.catalogue_survey_leaves ADD COLUMN method jsonb NULL`,
  },
];

/** Creates or upgrades the catalogue; safe on every start, from several processes at once. */
export function migrateCycleCatalogue(pool: Pool): Promise<void> {
  return runMigrations(pool, { schema: SURVEY_SCHEMA, ledger: 'cycle_catalogue_migrations', migrations: CYCLE_CATALOGUE_MIGRATIONS });
}
