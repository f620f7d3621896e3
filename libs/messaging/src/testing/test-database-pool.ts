import { createTestDatabase, TestDatabase } from '@par/testing';
import { Pool } from 'pg';

/** A fresh database for one spec file and a pool on it; `close` ends the pool and drops the database. */
export async function testDatabasePool(prefix: string): Promise<{ pool: Pool; close(): Promise<void> }> {
  const database: TestDatabase = await createTestDatabase(prefix);
  const pool = new Pool({ connectionString: database.url, max: 20 });
  // pool.end() can resolve before every backend has seen its Terminate; the DROP … WITH (FORCE) that
  // follows then ends one, and that idle client's error must not fail the test file.
  pool.on('error', () => undefined);
  return {
    pool,
    close: async () => {
      await pool.end();
      await database.drop();
    },
  };
}
