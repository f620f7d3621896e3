import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RANKING_SCHEMA } from '../../../infrastructure/ranking-schema';

/**
 * The points a survey campaign applied to a unit's survey-held leaf, one row per campaign: each moves only
 * forward in its campaign's stream. When several campaigns scored the leaf, the one applied latest
 * (occurredAt, then campaign id) is in force (survey-values-in-force.ts); it stands over the appraisal's value.
 */
@Entity({ schema: RANKING_SCHEMA, name: 'survey_values' })
export class SurveyValueRow {
  @PrimaryColumn('text', { name: 'cycle_id' }) cycleId!: string;
  @PrimaryColumn('text', { name: 'unit_id' }) unitId!: string;
  @PrimaryColumn('text') criterion!: string;
  @PrimaryColumn('text', { name: 'campaign_id' }) campaignId!: string;
  @Column('text') points!: string;
  /** When the campaign applied it: decides between campaigns. */
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt!: Date;
  /** Version in the campaign's stream: a campaign's value only moves forward. */
  @Column('integer', { name: 'source_version' }) sourceVersion!: number;
}
