import { runMigrations } from '@par/event-store';
import type { Pool } from 'pg';
import { RANKING_SCHEMA } from '../infrastructure/ranking-schema';

/**
 * The record of ranking's read-model rebuilds: one row each, `finished_at` null while it is under way (at most
 * one: the partial unique index), with the definitions of the indexes it set aside until it finishes. Its
 * own ledger, as it belongs to no read model.
 */
export function migrateRebuildTable(pool: Pool): Promise<void> {
  return runMigrations(pool, {
    schema: RANKING_SCHEMA,
    ledger: 'rebuild_migrations',
    migrations: [
      {
        name: 'rebuild_0001_read_model_rebuilds',
        sql: (s) => `
          CREATE TABLE ${s}.read_model_rebuilds (
            id bigserial PRIMARY KEY, started_at timestamptz NOT NULL DEFAULT now(), finished_at timestamptz, events bigint,
            set_aside jsonb NOT NULL DEFAULT '[]'
          );
          CREATE UNIQUE INDEX read_model_rebuilds_one_under_way ON ${s}.read_model_rebuilds ((true)) WHERE finished_at IS NULL`,
      },
    ],
  });
}
