import { Inject, Injectable } from '@nestjs/common';
import type { CampaignOpened, OpenedQuestionnaire } from '@par/contracts';
import { SURVEY_CONFIG } from '../../infrastructure/tokens';
import { SURVEY_SCHEMA, type SurveyOptions } from '../../survey.config';

const s = SURVEY_SCHEMA;

/** A campaign as the read model holds it. */
export interface CampaignView {
  readonly campaignId: string;
  readonly cycleId: string;
  readonly kind: string;
  readonly title: string;
  readonly questionnaireVersion: number;
  readonly questionnaire: OpenedQuestionnaire;
  readonly scoring: CampaignOpened['data']['scoring'];
  /** The sample plan, when the campaign gave one. */
  readonly sampling: CampaignOpened['data']['sampling'] | null;
}

@Injectable()
export class CampaignsReader {
  constructor(@Inject(SURVEY_CONFIG) private readonly config: SurveyOptions) {}

  /** null: no such campaign opened here (never opened, recorded from a file, or the projection has not caught up). */
  async campaign(campaignId: string): Promise<CampaignView | null> {
    const { rows } = await this.config.pool.query<{
      campaign_id: string;
      cycle_id: string;
      kind: string;
      title: string;
      questionnaire_version: number;
      questionnaire: OpenedQuestionnaire;
      scoring: CampaignView['scoring'];
      sampling: CampaignView['sampling'];
    }>(`SELECT * FROM ${s}.campaigns WHERE campaign_id = $1 AND NOT recorded`, [campaignId]);
    const row = rows[0];
    if (!row) return null;
    return {
      campaignId: row.campaign_id,
      cycleId: row.cycle_id,
      kind: row.kind,
      title: row.title,
      questionnaireVersion: row.questionnaire_version,
      questionnaire: row.questionnaire,
      scoring: row.scoring,
      sampling: row.sampling ?? null,
    };
  }

  /** Whether the campaign was recorded from a cycle file's published results (it has no responses). */
  async isRecorded(campaignId: string): Promise<boolean> {
    const { rows } = await this.config.pool.query(`SELECT 1 FROM ${s}.campaigns WHERE campaign_id = $1 AND recorded`, [campaignId]);
    return rows.length > 0;
  }
}
