import { createTestDatabase, TestDatabase } from '@par/testing';
import { Pool } from 'pg';
import { migrateAppraisalSheet } from './appraisal-sheet.migrations';

// Before the migration ledger, the service created its sheet tables with raw DDL at start: a database
// from then must keep its tables and rows when the migrator takes over.
const TABLES_BEFORE_THE_LEDGER = `
  CREATE SCHEMA IF NOT EXISTS appraisal;
  CREATE TABLE appraisal.sheets (
    cycle_id text NOT NULL, unit_id text NOT NULL, phase text NOT NULL,
    sent_at timestamptz, explanation_deadline timestamptz, finalized_at timestamptz,
    stream_version integer NOT NULL,
    PRIMARY KEY (cycle_id, unit_id)
  );
  CREATE TABLE appraisal.sheet_leaves (
    cycle_id text NOT NULL, unit_id text NOT NULL, criterion text NOT NULL,
    position integer NOT NULL, title text NOT NULL, max_points text NOT NULL,
    not_applicable_by_setup boolean NOT NULL, self_points text, points text,
    reviewed boolean NOT NULL, explanation text NOT NULL,
    PRIMARY KEY (cycle_id, unit_id, criterion)
  );
  CREATE TABLE appraisal.sheet_adjustments (
    cycle_id text NOT NULL, unit_id text NOT NULL, adjustment_id text NOT NULL,
    kind text NOT NULL, points text NOT NULL, reason text NOT NULL, criterion text, ref text,
    removed boolean NOT NULL, stream_version integer NOT NULL,
    PRIMARY KEY (cycle_id, unit_id, adjustment_id)
  );
  INSERT INTO appraisal.sheets (cycle_id, unit_id, phase, stream_version) VALUES ('demo-2025', 'so-x', 'appraising', 1);`;

describe('the appraisal sheet migrations', () => {
  let database: TestDatabase;
  let pool: Pool;

  beforeEach(async () => {
    database = await createTestDatabase('appraisal_sheet_migrations');
    pool = new Pool({ connectionString: database.url, max: 4 });
  });
  afterEach(async () => {
    await pool.end();
    await database.drop();
  });

  const ledger = async () => (await pool.query<{ name: string }>('SELECT name FROM appraisal.read_model_migrations ORDER BY name')).rows.map((row) => row.name);

  it('create the tables in a new database, once, even when two starts race', async () => {
    await Promise.all([migrateAppraisalSheet(pool), migrateAppraisalSheet(pool)]);
    await migrateAppraisalSheet(pool);
    expect(await ledger()).toEqual(['0001_sheets']);
    expect((await pool.query('SELECT count(*)::int AS n FROM appraisal.sheet_leaves')).rows[0].n).toBe(0);
  });

  it('take over a database whose tables the service created before the ledger, keeping its rows', async () => {
    await pool.query(TABLES_BEFORE_THE_LEDGER);
    await migrateAppraisalSheet(pool);
    expect(await ledger()).toEqual(['0001_sheets']);
    expect((await pool.query('SELECT cycle_id, unit_id, stream_version FROM appraisal.sheets')).rows).toEqual([
      { cycle_id: 'demo-2025', unit_id: 'so-x', stream_version: 1 },
    ]);
  });
});
