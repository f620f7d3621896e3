import type { SurveyEvent } from '@par/contracts';
import { table } from '../../infrastructure/ranking-schema';
import type { Projector } from '../projector';

/**
 * The survey service's events into the cycle scores: the points a campaign applied to a unit's
 * survey-held leaf, one row per (leaf, campaign), moving only forward in the campaign's stream. A later
 * apply (a late batch) is a newer version and replaces the campaign's value; a redelivery changes nothing.
 * Campaigns and batches change no value until applied: they are not projected here.
 */
export const cycleScoresFromSurvey: Projector<SurveyEvent> = async (event, context, tx) => {
  if (event.type !== 'SurveyPointsApplied') return;
  const { campaignId, cycleId, unitId, criterion, points } = event.data;
  await tx.query(
    `INSERT INTO ${table('survey_values')} (cycle_id, unit_id, criterion, campaign_id, points, occurred_at, source_version) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (cycle_id, unit_id, criterion, campaign_id) DO UPDATE SET points = EXCLUDED.points, occurred_at = EXCLUDED.occurred_at,
       source_version = EXCLUDED.source_version
     WHERE survey_values.source_version < EXCLUDED.source_version`,
    [cycleId, unitId, criterion, campaignId, points, context.occurredAt, context.streamVersion],
  );
};
