import { surveyLeafPoints } from '@par/domain';
import { type ComputedLeafPoints, SurveyError } from '../domain';
import type { SurveyIndices } from '../indices/survey-indices';
import type { SurveyLeaves } from '../projections/cycle-catalogue/cycle-catalogue.reader';

/**
 * Each scoring entry's leaf points for every unit of its group that has an index: surveyLeafPoints(maxPoints,
 * index). A scored criterion no longer survey-held in the group's current set is refused, never skipped.
 */
export function leafPointsOf(
  { campaign, summary }: SurveyIndices,
  leavesByGroup: ReadonlyMap<string, SurveyLeaves>,
  groupOfUnit: ReadonlyMap<string, string>,
): ComputedLeafPoints[] {
  return campaign.scoring.flatMap(({ criterion, group }) => {
    const maxPoints = leavesByGroup.get(group)?.get(criterion);
    if (!maxPoints) {
      const field = `scoring[criterion=${criterion},group=${group}]`;
      throw new SurveyError('CRITERION_NOT_SURVEY_HELD', `${field}: criterion ${criterion} is no longer a survey-held leaf of group ${group}'s set`, field);
    }
    return summary.units.flatMap((unit): ComputedLeafPoints[] => {
      if (groupOfUnit.get(unit.unit) !== group || unit.index === null) return [];
      const points = surveyLeafPoints(maxPoints, unit.index);
      return points ? [{ unitId: unit.unit, criterion, points, index: unit.index, respondents: unit.respondents, answers: unit.answers }] : [];
    });
  });
}
