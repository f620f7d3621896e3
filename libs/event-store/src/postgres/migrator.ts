import type { Pool } from 'pg';
import { inTransaction } from './in-transaction';
import { EVENT_STORE_MIGRATIONS, Migration } from './migrations';
import { quotedSchema } from './schema-name';

/**
 * Lock class for pg_advisory_xact_lock(int, int); the second key is the schema. One lock per schema, not
 * per ledger: every history of a schema begins with CREATE SCHEMA IF NOT EXISTS, which two transactions
 * running at once can both attempt (one then fails on the catalog's unique index).
 */
const MIGRATION_LOCK_CLASS = 0x45_53_4d_31; // 'ESM1'

/**
 * One history of DDL steps in one schema: the event store's log, a service's read model, the consumers'
 * bookkeeping. Each keeps its own ledger table, so several histories can share a schema.
 */
export interface MigrationPlan {
  schema: string;
  /** The table recording applied steps, e.g. `event_store_migrations`, `read_model_migrations`. */
  ledger: string;
  migrations: readonly Migration[];
}

/**
 * The one migrator of the platform. Applies the steps not yet recorded in `<schema>.<ledger>`, in order, in
 * ONE transaction under an advisory lock: two processes starting at once serialise, the second finds
 * nothing left to do. Our own small migrator rather than a library: node-pg-migrate (the well-kept
 * candidate) is not installed, TypeORM's migrations take no lock, and PostgreSQL's transactional DDL makes
 * an ordered list of named SQL steps enough.
 */
export async function runMigrations(pool: Pool, { schema, ledger, migrations }: MigrationPlan): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(ledger)) throw new Error(`Migration ledger ${JSON.stringify(ledger)} is not a plain table name`);
  const s = quotedSchema(schema);
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [MIGRATION_LOCK_CLASS, schema]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${s}.${ledger} (
      name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${s}.${ledger}`);
    const applied = new Set(rows.map((row) => row.name));
    const unknown = [...applied].filter((name) => !migrations.some((migration) => migration.name === name));
    if (unknown.length > 0)
      throw new Error(`Schema ${schema} has migrations this code does not know (${unknown.join(', ')}): is the code older than the database?`);
    for (const migration of migrations.filter((m) => !applied.has(m.name))) {
      await client.query(migration.sql(s));
      await client.query(`INSERT INTO ${s}.${ledger} (name) VALUES ($1)`, [migration.name]);
    }
  });
}

/** The event store's own history in `schema` (table events, streams, the append function). */
export function migrate(pool: Pool, schema: string, migrations: readonly Migration[] = EVENT_STORE_MIGRATIONS): Promise<void> {
  return runMigrations(pool, { schema, ledger: 'event_store_migrations', migrations });
}
