import { Migration, runMigrations } from '@par/event-store';
import type { Pool } from 'pg';
import { SURVEY_SCHEMA } from '../survey.config';

/**
 * The answers imported, one row per answer, append-only and keyed by nothing: a batch's rows count only once
 * its ResponsesBatchAccepted is in the log (the indices join survey.accepted_batches). Respondent ids only:
 * the responses reader refuses names, phone numbers, emails and identity numbers before a row gets here.
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
];

export function migrateAnswers(pool: Pool): Promise<void> {
  return runMigrations(pool, { schema: SURVEY_SCHEMA, ledger: 'answers_migrations', migrations: ANSWERS_MIGRATIONS });
}
