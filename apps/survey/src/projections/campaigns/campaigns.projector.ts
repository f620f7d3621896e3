import { Injectable } from '@nestjs/common';
import { EventEnvelope, isPublishedIndexEventType, parseSurveyEvent } from '@par/contracts';
import type { EventConsumer } from '@par/messaging';
import type { PoolClient } from 'pg';
import { SURVEY_SCHEMA } from '../../survey.config';

const s = SURVEY_SCHEMA;

/**
 * Keeps the campaigns read model (campaigns.migrations.ts) from the service's own log. Every write goes
 * through `tx`, so it commits with the consumer's processed mark; each row is keyed by what it describes.
 */
@Injectable()
export class CampaignsProjector implements EventConsumer {
  readonly name = 'survey.campaigns';

  readonly handle = async (envelope: EventEnvelope, tx: PoolClient): Promise<void> => {
    // The survey log also holds published PAPI/DGI indices: not a campaign's business.
    if (isPublishedIndexEventType(envelope.type)) return;
    const event = parseSurveyEvent(envelope.type, envelope.schemaVersion, envelope.data);
    switch (event.type) {
      case 'CampaignOpened': {
        const { campaignId, cycleId, kind, title, questionnaireVersion, questionnaire, scoring, sampling } = event.data;
        await tx.query(
          `INSERT INTO ${s}.campaigns (campaign_id, cycle_id, kind, title, questionnaire_version, questionnaire, scoring, sampling)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (campaign_id) DO NOTHING`,
          [
            campaignId,
            cycleId,
            kind,
            title,
            questionnaireVersion,
            JSON.stringify(questionnaire),
            JSON.stringify(scoring),
            sampling ? JSON.stringify(sampling) : null,
          ],
        );
        return;
      }
      case 'CampaignRecorded': {
        const { campaignId, cycleId, kind, title, scoring } = event.data;
        await tx.query(
          `INSERT INTO ${s}.campaigns (campaign_id, cycle_id, kind, title, scoring, recorded) VALUES ($1, $2, $3, $4, $5, true)
           ON CONFLICT (campaign_id) DO NOTHING`,
          [campaignId, cycleId, kind, title, JSON.stringify(scoring)],
        );
        return;
      }
      case 'ResponsesBatchAccepted': {
        const { campaignId, batchId, rows, answers, respondents, rejected } = event.data;
        await tx.query(
          `INSERT INTO ${s}.accepted_batches (campaign_id, batch_id, rows, answers, respondents, rejected, stream_version, recorded_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (campaign_id, batch_id) DO NOTHING`,
          [campaignId, batchId, rows, answers, respondents, rejected, envelope.streamVersion, envelope.recordedAt],
        );
        return;
      }
      case 'SurveyPointsApplied': {
        const { campaignId, cycleId, unitId, criterion, points, index, basis } = event.data;
        const actor = typeof envelope.metadata.actor === 'string' ? envelope.metadata.actor : null;
        await tx.query(
          `INSERT INTO ${s}.applied_points (campaign_id, stream_version, cycle_id, unit_id, criterion, points, index, basis, actor, recorded_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (campaign_id, stream_version) DO NOTHING`,
          [campaignId, envelope.streamVersion, cycleId, unitId, criterion, points, index, JSON.stringify(basis), actor, envelope.recordedAt],
        );
        return;
      }
    }
  };
}
