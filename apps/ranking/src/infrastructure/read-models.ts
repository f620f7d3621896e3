import type { FactoryProvider } from '@nestjs/common';
import { runMigrations } from '@par/event-store';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AuditEntryRow } from '../projections/audit-trail/audit-entry.entity';
import { AUDIT_TRAIL_MIGRATIONS } from '../projections/audit-trail/audit-trail.migration';
import { CYCLE_RESULTS_MIGRATIONS } from '../projections/cycle-results/cycle-results.migration';
import { CYCLE_SCORES_ENTITIES } from '../projections/cycle-scores/cycle-scores.entities';
import { CYCLE_SCORES_MIGRATIONS } from '../projections/cycle-scores/cycle-scores.migration';
import { RANKING_SCHEMA } from './ranking-schema';
import { READ_MODELS } from './ranking.tokens';

/** Each projection's steps, in one history: the ledger `read_model_migrations` knows every step of the schema. */
const READ_MODEL_MIGRATIONS = [...CYCLE_SCORES_MIGRATIONS, ...AUDIT_TRAIL_MIGRATIONS, ...CYCLE_RESULTS_MIGRATIONS];

/** The TypeORM entities of every read model, the tables the migrations above create. */
export const READ_MODEL_ENTITIES = [...CYCLE_SCORES_ENTITIES, AuditEntryRow];

/** Brings the read-model tables up to date (the one migrator: one transaction, an advisory lock). */
function migrateReadModels(pool: Pool): Promise<void> {
  return runMigrations(pool, { schema: RANKING_SCHEMA, ledger: 'read_model_migrations', migrations: READ_MODEL_MIGRATIONS });
}

/**
 * The read models, migrated, and the TypeORM DataSource the readers query them through (same database as
 * the pool; TypeORM never changes the tables). Projections write through the consumer's transaction instead.
 */
export async function openReadModels(pool: Pool): Promise<DataSource> {
  await migrateReadModels(pool);
  const { connectionString, host, port, user, password, database } = pool.options;
  const dataSource = new DataSource({
    type: 'postgres',
    ...(connectionString ? { url: connectionString } : { host, port, username: user, password: typeof password === 'string' ? password : undefined, database }),
    schema: RANKING_SCHEMA,
    entities: READ_MODEL_ENTITIES,
    synchronize: false,
    poolSize: 4,
  });
  return dataSource.initialize();
}

/**
 * The read models' DataSource. No order among the providers: the decision log shares the schema, and the
 * migrator serialises every history of one schema under one lock.
 */
export function readModelsProvider(pool: Pool): FactoryProvider<DataSource> {
  return { provide: READ_MODELS, useFactory: () => openReadModels(pool) };
}
