import 'reflect-metadata';
import { createTestDatabase, TestDatabase } from '@par/testing';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { RANKING_SCHEMA } from './ranking-schema';
import { openReadModels, READ_MODEL_ENTITIES } from './read-models';

jest.setTimeout(60_000);

/** A DataSource over the read models, as the service opens them (never changing a table). */
function dataSourceOn(url: string, synchronize = false): DataSource {
  return new DataSource({ type: 'postgres', url, schema: RANKING_SCHEMA, entities: READ_MODEL_ENTITIES, synchronize });
}

describe('the read models are migrated by runMigrations (ledger read_model_migrations)', () => {
  let database: TestDatabase;
  let pool: Pool;

  beforeEach(async () => {
    database = await createTestDatabase('ranking_read_models');
    pool = new Pool({ connectionString: database.url, max: 2 });
  });

  afterEach(async () => {
    await pool.end();
    await database.drop();
  });

  const ledger = async () =>
    (await pool.query<{ name: string }>(`SELECT name FROM ${RANKING_SCHEMA}.read_model_migrations ORDER BY name`)).rows.map((row) => row.name);

  it('creates on a fresh database exactly the tables the entities describe: TypeORM finds nothing to change', async () => {
    const readModels = await openReadModels(pool);
    try {
      expect((await readModels.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
      expect(await ledger()).toEqual([
        'audit_trail_0001_entries',
        'audit_trail_0002_imported_from',
        'cycle_results_0001_tables',
        'cycle_scores_0001_tables',
        'cycle_scores_0002_survey_values',
      ]);
    } finally {
      await readModels.destroy();
    }
  });

  it("keeps a database from before the migrator (tables made by TypeORM's synchronize): its rows, its one audit index", async () => {
    await pool.query(`CREATE SCHEMA ${RANKING_SCHEMA}`);
    const before = await dataSourceOn(database.url, true).initialize();
    await before.destroy();
    await pool.query(
      `INSERT INTO ${RANKING_SCHEMA}.cycles (cycle_id, year, title, evaluator, thresholds, source_version) VALUES ('demo-2025', 2025, 't', 'e', '[]', 1)`,
    );

    // Started twice: the second start finds nothing left to do.
    for (const readModels of [await openReadModels(pool), await openReadModels(pool)]) await readModels.destroy();

    expect((await pool.query(`SELECT cycle_id FROM ${RANKING_SCHEMA}.cycles`)).rows).toEqual([{ cycle_id: 'demo-2025' }]);
    const indexes = await pool.query(`SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND tablename = 'audit_entries'`, [RANKING_SCHEMA]);
    expect(indexes.rowCount).toBe(2); // the primary key and the (cycle, unit, criterion) index
    expect(await ledger()).toEqual([
      'audit_trail_0001_entries',
      'audit_trail_0002_imported_from',
      'cycle_results_0001_tables',
      'cycle_scores_0001_tables',
      'cycle_scores_0002_survey_values',
    ]);
  });
});
