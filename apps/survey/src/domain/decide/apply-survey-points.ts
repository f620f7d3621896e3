import type { SurveyEvent } from '@par/contracts';
import type { ApplySurveyPoints } from '../campaign.commands';
import { requireOpen, requireProvinceAdmin } from '../campaign.guards';
import { type CampaignState, leafKey } from '../campaign.state';
import { echo } from '@par/contracts';
import { SurveyError } from '../survey.errors';

/**
 * Records each unit's scored leaf whose points differ from the last applied: a repeat records nothing, a late
 * batch then an apply records the new value as a new event, so the history of a leaf is never overwritten.
 */
export function applySurveyPoints(command: ApplySurveyPoints, state: CampaignState): SurveyEvent[] {
  requireProvinceAdmin(command.actor, 'apply survey points');
  const { campaign, batches, applied } = requireOpen(state);
  if (batches.length === 0) throw new SurveyError('NO_RESPONSES', 'No responses have been imported for this campaign: there is nothing to apply', 'campaignId');
  if (command.basis.length === 0) throw new SurveyError('NO_RESPONSES', 'The indices were computed over no batch: there is nothing to apply', 'basis');
  command.basis.forEach((batchId, position) => {
    if (!batches.includes(batchId))
      throw new SurveyError('BATCH_UNKNOWN', `basis[${position}] ${echo(batchId)} is not a batch of this campaign`, `basis[${position}]`);
  });
  const scored = new Set(campaign.scoring.map((entry) => entry.criterion));
  const seen = new Set<string>();
  const events: SurveyEvent[] = [];
  command.points.forEach(({ unitId, criterion, points, index, respondents, answers }, position) => {
    const field = `points[${position}]`;
    if (!scored.has(criterion))
      throw new SurveyError('CRITERION_NOT_SCORED', `${field}: criterion ${echo(criterion)} is not scored by this campaign`, `${field}.criterion`);
    const key = leafKey(unitId, criterion);
    if (seen.has(key)) throw new SurveyError('POINTS_DUPLICATE', `${field}: ${echo(unitId)} ${echo(criterion)} is given points twice`, field);
    seen.add(key);
    if (applied.get(key) === points.toString()) return;
    const data = {
      campaignId: campaign.campaignId,
      cycleId: campaign.cycleId,
      unitId,
      criterion,
      points: points.toString(),
      index: index.toString(),
      respondents,
      answers,
      basis: [...command.basis],
    };
    events.push({ type: 'SurveyPointsApplied', schemaVersion: 1, data });
  });
  return events;
}
