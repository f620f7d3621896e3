import { createTestDatabase, TestDatabase } from '@par/testing';
import { Pool } from 'pg';
import { migrateReadModel, READ_MODEL_MIGRATIONS } from './read-model.migrations';

jest.setTimeout(60_000);

describe('the read model’s tables come from its migrations, recorded in read_model_migrations', () => {
  let database: TestDatabase;
  let pool: Pool;

  beforeAll(async () => {
    database = await createTestDatabase('submissions_read_model');
    pool = new Pool({ connectionString: database.url, max: 4 });
  });
  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it('take over a database whose tables the earlier code created at start (no ledger), keeping its rows', async () => {
    // What every start ran before the migrator: these very statements, outside any ledger.
    await pool.query('CREATE SCHEMA submissions');
    await pool.query(READ_MODEL_MIGRATIONS[0].sql('"submissions"'));
    await pool.query(
      `INSERT INTO submissions.cycle_overview (cycle_id, year, title, evaluator, status) VALUES ('demo-2025', 2025, 'Chỉ số CCHC năm 2025', 'ubnd-tinh-demo', 'open')`,
    );

    await Promise.all([migrateReadModel(pool), migrateReadModel(pool)]);
    await migrateReadModel(pool);

    const { rows: applied } = await pool.query('SELECT name FROM submissions.read_model_migrations ORDER BY name');
    expect(applied.map((row) => row.name)).toEqual(READ_MODEL_MIGRATIONS.map((migration) => migration.name));
    const { rows: cycles } = await pool.query('SELECT cycle_id, status FROM submissions.cycle_overview');
    expect(cycles).toEqual([{ cycle_id: 'demo-2025', status: 'open' }]);
  });
});
