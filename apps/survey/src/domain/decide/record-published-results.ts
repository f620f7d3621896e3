import { echo, type SurveyEvent } from '@par/contracts';
import type { ComputedLeafPoints, RecordPublishedResults } from '../campaign.commands';
import { requireProvinceAdmin } from '../campaign.guards';
import { type CampaignState, leafKey } from '../campaign.state';
import { sameData } from '../same-data';
import { SurveyError } from '../survey.errors';

/**
 * A cycle file's published survey results (its `surveys` section) recorded as a campaign of their own: the
 * campaign once, then each leaf's value when it differs from the one in force, so the same file twice records
 * nothing. A campaign run here from its responses accepts the file only when the file says what it already
 * holds (an export re-imported): its points change by apply, never by a file.
 */
export function recordPublishedResults(command: RecordPublishedResults, state: CampaignState): SurveyEvent[] {
  requireProvinceAdmin(command.actor, 'record published survey results');
  checkPoints(command);
  const { campaign } = command;
  const id = echo(campaign.campaignId);
  if (state.status === 'open') {
    const live = state.campaign;
    const differs =
      live.cycleId !== campaign.cycleId ||
      live.kind !== campaign.kind ||
      live.title !== campaign.title ||
      command.points.some((leaf) => state.applied.get(leafKey(leaf.unitId, leaf.criterion)) !== leaf.points.toString());
    if (differs) {
      throw new SurveyError(
        'CAMPAIGN_EXISTS',
        `Campaign ${id} is run on this platform from its responses, and the file gives it another header or other points: its points change by apply, not by a file`,
        'surveys.campaign',
      );
    }
    return [];
  }
  if (state.status === 'recorded' && !sameData(state.campaign, campaign)) {
    throw new SurveyError(
      'CAMPAIGN_EXISTS',
      `Campaign ${id} was recorded with another header or scoring: a different survey is a new campaign`,
      'surveys.campaign',
    );
  }
  const applied = state.status === 'recorded' ? state.applied : new Map<string, string>();
  const events: SurveyEvent[] = state.status === 'none' ? [{ type: 'CampaignRecorded', schemaVersion: 1, data: { ...campaign } }] : [];
  for (const leaf of command.points) {
    if (applied.get(leafKey(leaf.unitId, leaf.criterion)) === leaf.points.toString()) continue;
    events.push({ type: 'SurveyPointsApplied', schemaVersion: 1, data: appliedData(campaign, leaf) });
  }
  return events;
}

function checkPoints({ campaign, points }: RecordPublishedResults): void {
  const scored = new Set(campaign.scoring.map((entry) => entry.criterion));
  const seen = new Set<string>();
  points.forEach(({ unitId, criterion }, position) => {
    const field = `points[${position}]`;
    if (!scored.has(criterion))
      throw new SurveyError('CRITERION_NOT_SCORED', `${field}: criterion ${echo(criterion)} is not scored by this campaign`, `${field}.criterion`);
    const key = leafKey(unitId, criterion);
    if (seen.has(key)) throw new SurveyError('POINTS_DUPLICATE', `${field}: ${echo(unitId)} ${echo(criterion)} is given points twice`, field);
    seen.add(key);
  });
}

function appliedData(campaign: RecordPublishedResults['campaign'], leaf: ComputedLeafPoints) {
  return {
    campaignId: campaign.campaignId,
    cycleId: campaign.cycleId,
    unitId: leaf.unitId,
    criterion: leaf.criterion,
    points: leaf.points.toString(),
    index: leaf.index.toString(),
    respondents: leaf.respondents,
    answers: leaf.answers,
    // No batch: the points come from the published record, which the event's provenance names.
    basis: [],
  };
}
