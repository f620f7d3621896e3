import type { CampaignOpened } from '@par/contracts';
import { type IndexValue, surveyLeafPoints, type UnitSurveyFigures } from '@par/domain';
import { type ComputedLeafPoints, SurveyError } from '../domain';
import type { SurveyIndices } from '../indices/survey-indices';
import type { SurveyLeaves } from '../projections/cycle-catalogue/cycle-catalogue.reader';

/** A scoring entry as the campaign was opened with it: `aspect` when the leaf is scored on one aspect. */
type ScoringEntry = CampaignOpened['data']['scoring'][number];

/** What a leaf's points rest on: the unit's index, or its index on one aspect, with their respondents and answers. */
interface Basis {
  readonly index: IndexValue | null;
  readonly respondents: number;
  readonly answers: number;
}

/**
 * Each scoring entry's leaf points for every unit of its group that has an index: surveyLeafPoints(maxPoints,
 * index), the index being the unit's overall one or, for an entry naming an aspect, the unit's index on that
 * aspect (with that aspect's respondents and answers). A scored criterion no longer survey-held in the group's
 * current set is refused, never skipped.
 */
export function leafPointsOf(
  { campaign, summary, aspectRespondents }: SurveyIndices,
  leavesByGroup: ReadonlyMap<string, SurveyLeaves>,
  groupOfUnit: ReadonlyMap<string, string>,
): ComputedLeafPoints[] {
  const scoring: readonly ScoringEntry[] = campaign.scoring;
  return scoring.flatMap(({ criterion, group, aspect }) => {
    const maxPoints = leavesByGroup.get(group)?.get(criterion)?.maxPoints;
    if (!maxPoints) {
      const field = `scoring[criterion=${criterion},group=${group}]`;
      throw new SurveyError('CRITERION_NOT_SURVEY_HELD', `${field}: criterion ${criterion} is no longer a survey-held leaf of group ${group}'s set`, field);
    }
    return summary.units.flatMap((unit): ComputedLeafPoints[] => {
      if (groupOfUnit.get(unit.unit) !== group) return [];
      const { index, respondents, answers } = aspect === undefined ? unit : aspectBasis(unit, aspect, aspectRespondents);
      if (index === null) return [];
      const points = surveyLeafPoints(maxPoints, index);
      return points ? [{ unitId: unit.unit, criterion, points, index, respondents, answers }] : [];
    });
  });
}

function aspectBasis(unit: UnitSurveyFigures, aspect: string, respondents: SurveyIndices['aspectRespondents']): Basis {
  const figures = unit.aspects.find((entry) => entry.code === aspect);
  return { index: figures?.index ?? null, answers: figures?.answers ?? 0, respondents: respondents.get(unit.unit)?.get(aspect) ?? 0 };
}
