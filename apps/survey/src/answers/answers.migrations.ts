import { Migration, runMigrations } from '@par/event-store';
import type { Pool } from 'pg';
import { SURVEY_SCHEMA } from '../survey.config';

/**
 * The answers imported, one row per answer, append-only and keyed by nothing: a batch's rows count only once
 * its ResponsesBatchAccepted is in the log (the indices join survey.accepted_batches). Respondent ids only:
 * the responses reader refuses names, phone numbers, emails and identity numbers before a row gets here.
 *
 * 0002: rows are written once, as the file streams in, under their import's key (survey.answer_imports);
 * the import learns its batch id (the file's checksum) only at the end and records it there, one row. The
 * rows already stored keep their batch: each (campaign, batch) becomes an import of its own. A BRIN index:
 * an import's rows are appended together, and keeping a B-tree up to date would cost each COPYed row.
 *
 * 0003: the unit the respondent works in (`respondentUnit`, cross-evaluation), NULL for a respondent from
 * outside. 0004: the row's line in its file, so that a row found at commit to repeat a respondent–question pair
 * of an earlier batch is reported by its line. Rows stored before hold NULL in both.
 */
const ANSWERS_MIGRATIONS: readonly Migration[] = [
  {
    name: '0001_answers',
    sql: (s) => `
      CREATE TABLE ${s}.answers (
        campaign_id text NOT NULL, batch_id text NOT NULL, respondent text NOT NULL,
        unit_id text NOT NULL, question text NOT NULL, answer smallint NULL
      );
      CREATE INDEX answers_by_unit ON ${s}.answers (campaign_id, unit_id)`,
  },
  {
    name: '0002_answers_by_import',
    sql: (s) => `
      CREATE TABLE ${s}.answer_imports (
        import_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, campaign_id text NOT NULL, batch_id text NULL,
        started_at timestamptz NOT NULL DEFAULT now(), UNIQUE (campaign_id, batch_id)
      );
      INSERT INTO ${s}.answer_imports (campaign_id, batch_id) SELECT DISTINCT campaign_id, batch_id FROM ${s}.answers;
      ALTER TABLE ${s}.answers ADD COLUMN import_id bigint;
      UPDATE ${s}.answers a SET import_id = i.import_id FROM ${s}.answer_imports i WHERE i.campaign_id = a.campaign_id AND i.batch_id = a.batch_id;
      DROP INDEX ${s}.answers_by_unit;
      ALTER TABLE ${s}.answers ALTER COLUMN import_id SET NOT NULL, DROP COLUMN campaign_id, DROP COLUMN batch_id;
      CREATE INDEX answers_by_import ON ${s}.answers USING brin (import_id) WITH (autosummarize = on)`,
  },
  {
    name: '0003_answers_respondent_unit',
    sql: (s) => `ALTER TABLE ${s}.answers ADD COLUMN respondent_unit text NULL`,
  },
  {
    name: '0004_answers_line',
    sql: (s) => `ALTER TABLE ${s}.answers ADD COLUMN line integer NULL`,
  },
];

export function migrateAnswers(pool: Pool): Promise<void> {
  return runMigrations(pool, { schema: SURVEY_SCHEMA, ledger: 'answers_migrations', migrations: ANSWERS_MIGRATIONS });
}
