import { Points, SurveyValueCandidate, surveyValueInForce } from '@par/domain';
import { SurveyResultsEntry } from './cycle-file';
import { fileTimeInstant } from './file-time-instant';

/** A unit's survey values in force, by criterion. */
export type SurveyValues = ReadonlyMap<string, Points>;

/**
 * Each unit's survey values in force, by unit then criterion: of the campaigns that gave a leaf a value,
 * the one applied latest (`surveyValueInForce`), a result without `appliedAt` counting as applied at import.
 * Expects surveys `parseCycleFile` accepted.
 */
export function surveyValuesInForce(surveys: readonly SurveyResultsEntry[]): ReadonlyMap<string, SurveyValues> {
  const candidates = new Map<string, Map<string, SurveyValueCandidate[]>>();
  for (const survey of surveys) {
    for (const result of survey.results) {
      const byCriterion = candidates.get(result.unit) ?? new Map<string, SurveyValueCandidate[]>();
      candidates.set(result.unit, byCriterion);
      const at = result.appliedAt === undefined ? null : fileTimeInstant(result.appliedAt).getTime();
      byCriterion.set(result.criterion, [...(byCriterion.get(result.criterion) ?? []), { campaignId: survey.campaign, at, points: Points.of(result.points) }]);
    }
  }
  const inForce = new Map<string, Map<string, Points>>();
  for (const [unit, byCriterion] of candidates) {
    const values = new Map<string, Points>();
    for (const [criterion, offered] of byCriterion) {
      const chosen = surveyValueInForce(offered);
      if (chosen) values.set(criterion, chosen.points);
    }
    inForce.set(unit, values);
  }
  return inForce;
}
