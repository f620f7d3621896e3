import { escapeIdentifier, Pool } from 'pg';
import { inTransaction } from '@par/event-store';

/**
 * Applies idempotent DDL (CREATE … IF NOT EXISTS) to a schema. The advisory lock serialises
 * concurrent callers: two services starting at once would otherwise race on the catalog and one of them
 * fail with a duplicate-key error despite IF NOT EXISTS.
 */
export async function runMigration(pool: Pool, schema: string, ddl: (schema: string) => string): Promise<void> {
  const quoted = escapeIdentifier(schema);
  await inTransaction(pool, async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('par.messaging.migrate'))`);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
    await tx.query(ddl(quoted));
  });
}
