import { Migration, runMigrations } from '@par/event-store';
import type { Pool } from 'pg';
import { SURVEY_SCHEMA } from '../../survey.config';

/**
 * The campaigns read model from the service's own log: each campaign as opened, the batches accepted (the
 * commit point of an import: answers of a batch not listed here are never counted), and every value a leaf
 * received, in order.
 */
const CAMPAIGNS_MIGRATIONS: readonly Migration[] = [
  {
    name: '0001_campaigns',
    sql: (s) => `
      CREATE TABLE ${s}.campaigns (
        campaign_id text PRIMARY KEY, cycle_id text NOT NULL, kind text NOT NULL, title text NOT NULL,
        questionnaire_version integer NOT NULL, questionnaire jsonb NOT NULL, scoring jsonb NOT NULL
      );
      CREATE TABLE ${s}.accepted_batches (
        campaign_id text NOT NULL, batch_id text NOT NULL, rows integer NOT NULL, answers integer NOT NULL,
        respondents integer NOT NULL, rejected integer NOT NULL, stream_version integer NOT NULL, recorded_at timestamptz NOT NULL,
        PRIMARY KEY (campaign_id, batch_id)
      );
      CREATE TABLE ${s}.applied_points (
        campaign_id text NOT NULL, stream_version integer NOT NULL, cycle_id text NOT NULL, unit_id text NOT NULL, criterion text NOT NULL,
        points text NOT NULL, index text NOT NULL, basis jsonb NOT NULL, actor text, recorded_at timestamptz NOT NULL,
        PRIMARY KEY (campaign_id, stream_version)
      )`,
  },
  {
    // The optional sample plan (population per unit, margin) of campaigns that give one.
    name: '0002_campaign_sampling',
    sql: (s) => `ALTER TABLE ${s}.campaigns ADD COLUMN IF NOT EXISTS sampling jsonb`,
  },
  {
    // Campaigns recorded from a cycle file's published results have no questionnaire.
    name: '0003_recorded_campaigns',
    sql: (s) => `
      ALTER TABLE ${s}.campaigns ALTER COLUMN questionnaire DROP NOT NULL, ALTER COLUMN questionnaire_version DROP NOT NULL,
        ADD COLUMN IF NOT EXISTS recorded boolean NOT NULL DEFAULT false`,
  },
];

/** Creates or upgrades the campaigns read model; safe on every start, from several processes at once. */
export function migrateCampaigns(pool: Pool): Promise<void> {
  return runMigrations(pool, { schema: SURVEY_SCHEMA, ledger: 'campaigns_migrations', migrations: CAMPAIGNS_MIGRATIONS });
}
