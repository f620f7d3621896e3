import { Pool } from 'pg';
import type { EventStoreOptions } from '../event-store.port';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { createTestDatabase, type TestDatabase } from '@par/testing';

/** Jest hooks: this test file's own database (dropped at the end) and stores over it. */
export function useTestDatabase() {
  let database: TestDatabase;
  const pools: Pool[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('es');
  });
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.end()));
    await database?.drop();
  });

  const kit = {
    /** A new pool (its own connections: use two to act as two processes). */
    pool(): Pool {
      const pool = new Pool({ connectionString: database.url, max: 10 });
      // pool.end() resolves before every backend has seen its Terminate; the DROP … WITH (FORCE) that
      // follows may then end one first, and an idle client's error must not fail the test file.
      pool.on('error', () => undefined);
      pools.push(pool);
      return pool;
    },
    /** A migrated store over `schema` on a new pool. */
    async store(schema: string, options?: EventStoreOptions): Promise<PostgresEventStore> {
      const store = new PostgresEventStore(kit.pool(), schema, options);
      await store.migrate();
      return store;
    },
  };
  return kit;
}
