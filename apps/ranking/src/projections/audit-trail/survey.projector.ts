import type { SurveyEvent } from '@par/contracts';
import type { PoolClient } from 'pg';
import { SURVEY_VALUES_IN_FORCE, type SurveyValueInForce } from '../cycle-scores/survey-values-in-force';
import type { Projector } from '../projector';
import { recordAudit } from './audit-writer';
import { surveyReason } from './survey-reason';

/**
 * The survey service's part of the trail: each value a campaign applied to a survey-held leaf (stage
 * `survey`), from the leaf's survey value in force before it (null the first time) to the new points, with
 * the campaign, index and respondents as the reason. The event does not carry the previous value: it is
 * read from the cycle scores, so this projector runs before cycleScoresFromSurvey moves them. A redelivery
 * adds nothing (the row is keyed by the event).
 */
export const auditTrailFromSurvey: Projector<SurveyEvent> = async (event, context, tx) => {
  if (event.type !== 'SurveyPointsApplied') return;
  const { campaignId, cycleId, unitId, criterion, points, index, respondents } = event.data;
  const from = await surveyValueInForce(tx, cycleId, unitId, criterion);
  await recordAudit(tx, context, [{ cycleId, unitId, criterion, stage: 'survey', from, to: points, reason: surveyReason(campaignId, index, respondents) }]);
};

async function surveyValueInForce(tx: PoolClient, cycleId: string, unitId: string, criterion: string): Promise<string | null> {
  const { rows } = await tx.query<SurveyValueInForce>(SURVEY_VALUES_IN_FORCE, [cycleId, unitId, criterion]);
  return rows[0]?.points ?? null;
}
