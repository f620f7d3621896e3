import { Points } from '@par/domain';
import { SelfAssessmentEntry } from './cycle-file';
import { elementPath } from './field-paths';
import { InterchangeError, InterchangeErrorCode } from './interchange-error';
import { CycleSetup } from './check-setup';
import { checkLeafPoints, readPoints, ScorePlace, visitScores } from './check-leaf-score';

/** A unit's self points by criterion, which the appraisal's reasons are checked against. */
export type SelfPoints = ReadonlyMap<string, ReadonlyMap<string, Points>>;

/**
 * Each self-assessment: a declared unit, once; each score on a leaf of the unit's set that the unit
 * scores itself (not a survey leaf), once, with points the leaf allows and, unless 0, evidence or a note.
 */
export function checkSelfAssessments(assessments: readonly SelfAssessmentEntry[], setup: CycleSetup, errors: InterchangeError[]): SelfPoints {
  const selfPoints = new Map<string, Map<string, Points>>();
  assessments.forEach((assessment, position) => {
    const at = elementPath('', 'selfAssessments', assessment, position);
    if (!checkAssessedUnit('self-assessment', assessment.unit, at, setup, selfPoints, errors)) return;
    const byCriterion = new Map<string, Points>();
    selfPoints.set(assessment.unit, byCriterion);
    const sheet = { unit: assessment.unit, at, kind: 'self-assessment', scoredOn: setup.treeOf(assessment.unit) } as const;
    visitScores(sheet, assessment.scores, errors, (score, place, leaf) => {
      if (leaf?.source === 'survey') {
        reportAt(
          place,
          'criterion',
          'CRITERION_SCORED_BY_SURVEY',
          `criterion ${JSON.stringify(score.criterion)} is held for the year-end survey: the unit does not score it`,
          score.criterion,
          errors,
        );
      } else if (leaf) {
        checkLeafPoints(leaf, score.points, place, 'points', errors);
      }
      const points = readPoints(score.points);
      if (points) byCriterion.set(score.criterion, points);
      // v1.1: no evidence-or-note rule here. A file is history (a published decision shows no evidence);
      // the rule binds live self-assessment, which the submissions decider enforces.
    });
  });
  return selfPoints;
}

/**
 * Whether the assessed unit is declared and not already assessed in this list; reports otherwise.
 * Only a unit's first self-assessment or appraisal is checked further: a second one is the error itself.
 */
export function checkAssessedUnit(
  kind: 'self-assessment' | 'appraisal',
  unit: string,
  at: string,
  setup: CycleSetup,
  alreadyAssessed: { has(unit: string): boolean },
  errors: InterchangeError[],
): boolean {
  if (!setup.hasUnit(unit)) {
    errors.push(new InterchangeError('UNIT_UNKNOWN', `unit ${JSON.stringify(unit)} is not in units`, { field: `${at}.unit`, value: unit, unit }));
    return false;
  }
  if (alreadyAssessed.has(unit)) {
    errors.push(
      new InterchangeError('ASSESSMENT_DUPLICATE', `unit ${JSON.stringify(unit)} has more than one ${kind}`, { field: `${at}.unit`, value: unit, unit }),
    );
    return false;
  }
  return true;
}

function reportAt(place: ScorePlace, field: string, code: InterchangeErrorCode, problem: string, value: unknown, errors: InterchangeError[]): void {
  errors.push(new InterchangeError(code, problem, { field: `${place.at}.${field}`, value, unit: place.unit, criterion: place.criterion }));
}
