import type { Pool } from 'pg';
import { InProcessTransportHarness } from '../testing/in-process-transport.harness';
import { testDatabasePool } from '../testing/test-database-pool';
import { describeTransportContract } from '../testing/transport-contract';

let database: Awaited<ReturnType<typeof testDatabasePool>>;
let pool: Pool;

beforeAll(async () => {
  database = await testDatabasePool('messaging_in_process');
  pool = database.pool;
});

afterAll(async () => {
  await database?.close();
});

describeTransportContract({ name: 'in-process (catch-up subscription)', harness: () => InProcessTransportHarness.create(pool) });
