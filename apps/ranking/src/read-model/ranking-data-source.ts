import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { READ_MODEL_ENTITIES } from './read-model.entities';
import { RANKING_SCHEMA } from './ranking-schema';

/**
 * The TypeORM side of the read models: the same database as the service's pool. Tables are created from
 * the entities (`synchronize`): read models are disposable, rebuilt from the source logs by a replay,
 * so they need no hand-written migrations. Projections write through the consumer's transaction.
 */
export async function openReadModels(pool: Pool): Promise<DataSource> {
  await withLock(pool, () => pool.query(`CREATE SCHEMA IF NOT EXISTS ${RANKING_SCHEMA}`));
  const { connectionString, host, port, user, password, database } = pool.options;
  const dataSource = new DataSource({
    type: 'postgres',
    ...(connectionString ? { url: connectionString } : { host, port, username: user, password: typeof password === 'string' ? password : undefined, database }),
    schema: RANKING_SCHEMA,
    entities: READ_MODEL_ENTITIES,
    synchronize: false,
    poolSize: 4,
  });
  await dataSource.initialize();
  // Serialised so two processes starting at once do not race on CREATE TABLE.
  await withLock(pool, () => dataSource.synchronize());
  return dataSource;
}

async function withLock<T>(pool: Pool, work: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext('${RANKING_SCHEMA}.read-models'))`);
    return await work();
  } finally {
    await client.query(`SELECT pg_advisory_unlock(hashtext('${RANKING_SCHEMA}.read-models'))`).catch(() => undefined);
    client.release();
  }
}
