import { Migration, runMigrations } from '@par/event-store';
import type { Pool } from 'pg';
import { SURVEY_SCHEMA } from '../../../survey.config';

/**
 * The published indices read model: per index, province and year, the latest revision's figures (every
 * revision stays in the log). Dimensions as jsonb: a year is always read whole, to draw its trend.
 */
const PUBLISHED_SCORES_MIGRATIONS: readonly Migration[] = [
  {
    name: '0001_published_index_years',
    sql: (s) => `
      CREATE TABLE ${s}.published_index_years (
        kind text NOT NULL, province text NOT NULL, year integer NOT NULL, revision integer NOT NULL, reason text,
        source jsonb NOT NULL, dimensions jsonb NOT NULL, total text NOT NULL, max_total text NOT NULL,
        actor text, recorded_at timestamptz NOT NULL,
        PRIMARY KEY (province, kind, year)
      )`,
  },
];

/** Creates or upgrades the published indices read model; safe on every start, from several processes at once. */
export function migratePublishedScores(pool: Pool): Promise<void> {
  return runMigrations(pool, { schema: SURVEY_SCHEMA, ledger: 'published_index_migrations', migrations: PUBLISHED_SCORES_MIGRATIONS });
}
