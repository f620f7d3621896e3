import { CriterionLeaf, parseSurveyIndex } from '@par/domain';
import { SurveyResultEntry, SurveyResultsEntry } from './cycle-file';
import { elementPath } from './field-paths';
import { InterchangeError, InterchangeErrorCode } from './interchange-error';
import { CycleSetup } from './check-setup';
import { checkLeafPoints, findLeaf, ScorePlace } from './check-leaf-score';

/**
 * v1.1 `surveys`: each campaign once; each of its results on a declared unit and a survey-held leaf of the
 * unit's criteria set, once per campaign, with an index from 0 to 100 and points the leaf allows, judged
 * as a self or appraised value is. The points need not be maxPoints × index / 100: a published record may
 * have followed the province's own rule. Only a campaign's first entry is checked further: a second one is
 * the error itself.
 */
export function checkSurveys(surveys: readonly SurveyResultsEntry[], setup: CycleSetup, errors: InterchangeError[]): void {
  const campaigns = new Set<string>();
  surveys.forEach((survey, position) => {
    const at = elementPath('', 'surveys', survey, position);
    if (campaigns.has(survey.campaign)) {
      errors.push(
        new InterchangeError('ID_DUPLICATE', `campaign ${JSON.stringify(survey.campaign)} is listed more than once in surveys`, {
          field: `${at}.campaign`,
          value: survey.campaign,
        }),
      );
      return;
    }
    campaigns.add(survey.campaign);
    const resulted = new Set<string>();
    survey.results.forEach((result, index) => {
      const place: ScorePlace = { unit: result.unit, criterion: result.criterion, at: elementPath(at, 'results', result, index) };
      const pair = JSON.stringify([result.unit, result.criterion]);
      if (resulted.has(pair)) {
        const problem = `unit ${JSON.stringify(result.unit)} has more than one result on criterion ${JSON.stringify(result.criterion)} in campaign ${JSON.stringify(survey.campaign)}`;
        report(place, 'SURVEY_RESULT_DUPLICATE', problem, 'criterion', result.criterion, errors);
        return;
      }
      resulted.add(pair);
      checkResult(result, place, setup, errors);
    });
  });
}

/** In the order a result is written: unit, criterion, index, points. */
function checkResult(result: SurveyResultEntry, place: ScorePlace, setup: CycleSetup, errors: InterchangeError[]): void {
  const leaf = surveyLeaf(result, place, setup, errors);
  const index = parseSurveyIndex(result.index);
  if (!index.ok) errors.push(InterchangeError.fromDomain(index.error, `${place.at}.index`, { unit: place.unit, criterion: place.criterion }));
  if (leaf) checkLeafPoints(leaf, result.points, place, 'points', errors);
}

/** The survey-held leaf a result names, or an error saying why there is none (unless the unit's set is already reported broken). */
function surveyLeaf(result: SurveyResultEntry, place: ScorePlace, setup: CycleSetup, errors: InterchangeError[]): CriterionLeaf | undefined {
  if (!setup.hasUnit(result.unit)) {
    report(place, 'UNIT_UNKNOWN', `unit ${JSON.stringify(result.unit)} is not in units`, 'unit', result.unit, errors);
    return undefined;
  }
  const scoredOn = setup.treeOf(result.unit);
  const leaf = scoredOn && findLeaf(scoredOn, place, errors);
  if (!leaf || leaf.source === 'survey') return leaf;
  const problem = `criterion ${JSON.stringify(result.criterion)} is not held for a survey: its source is ${JSON.stringify(leaf.source)}`;
  report(place, 'CRITERION_NOT_SURVEY_HELD', problem, 'criterion', result.criterion, errors);
  return undefined;
}

function report(place: ScorePlace, code: InterchangeErrorCode, problem: string, field: string, value: unknown, errors: InterchangeError[]): void {
  errors.push(new InterchangeError(code, problem, { field: `${place.at}.${field}`, value, unit: place.unit, criterion: place.criterion }));
}
