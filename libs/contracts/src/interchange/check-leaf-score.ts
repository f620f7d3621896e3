import { CriteriaTree, CriterionLeaf, isLeaf, Points, PointsInput, validateLeafScore } from '@par/domain';
import { elementPath } from './field-paths';
import { InterchangeError } from './interchange-error';

/** The criteria set a unit is scored on, by its id (errors name it) and as a tree. */
export interface ScoredOn {
  readonly setId: string;
  readonly tree: CriteriaTree;
}

/** Where a score sits: its unit and the path of the score element, e.g. `appraisals[unit=x].scores[1.1]`. */
export interface ScorePlace {
  readonly unit: string;
  readonly criterion: string;
  readonly at: string;
}

/** A unit's sheet: where it sits in the file, and the criteria set its unit is scored on (unknown when the setup is broken). */
export interface ScoreSheet {
  readonly unit: string;
  readonly at: string;
  readonly kind: 'self-assessment' | 'appraisal';
  readonly scoredOn: ScoredOn | undefined;
}

/**
 * Visits each score of a sheet once per criterion, with its place and its leaf: a criterion scored again
 * is reported and not visited, and one that names no leaf of the set is reported and visited without one.
 */
export function visitScores<S extends { readonly criterion: string }>(
  sheet: ScoreSheet,
  scores: readonly S[],
  errors: InterchangeError[],
  visit: (score: S, place: ScorePlace, leaf: CriterionLeaf | undefined) => void,
): void {
  const seen = new Set<string>();
  scores.forEach((score, position) => {
    const place: ScorePlace = { unit: sheet.unit, criterion: score.criterion, at: elementPath(sheet.at, 'scores', score, position) };
    if (seen.has(score.criterion)) {
      errors.push(
        new InterchangeError('SCORE_DUPLICATE', `criterion ${JSON.stringify(score.criterion)} is scored more than once in the unit's ${sheet.kind}`, {
          field: `${place.at}.criterion`,
          value: score.criterion,
          unit: place.unit,
          criterion: place.criterion,
        }),
      );
      return;
    }
    seen.add(score.criterion);
    visit(score, place, sheet.scoredOn && findLeaf(sheet.scoredOn, place, errors));
  });
}

/** The leaf a score names, or an error saying why it names none (unknown code, or a field/criterion with children). */
export function findLeaf(scoredOn: ScoredOn, place: ScorePlace, errors: InterchangeError[]): CriterionLeaf | undefined {
  const node = scoredOn.tree.findNode(place.criterion);
  if (node && isLeaf(node)) return node;
  const problem = node
    ? `criterion ${JSON.stringify(place.criterion)} has sub-criteria in criteria set ${JSON.stringify(scoredOn.setId)}; only leaves carry points`
    : `criterion ${JSON.stringify(place.criterion)} is not in criteria set ${JSON.stringify(scoredOn.setId)}`;
  errors.push(
    new InterchangeError('CRITERION_UNKNOWN', problem, {
      field: `${place.at}.criterion`,
      value: place.criterion,
      unit: place.unit,
      criterion: place.criterion,
    }),
  );
  return undefined;
}

/** The points if the leaf allows them (≤ 2 places, within [0, max], on the method's grid); else the domain's reason. */
export function checkLeafPoints(leaf: CriterionLeaf, points: PointsInput, place: ScorePlace, field: string, errors: InterchangeError[]): Points | undefined {
  const allowed = validateLeafScore(leaf, points);
  if (allowed.ok) return allowed.value;
  errors.push(InterchangeError.fromDomain(allowed.error, `${place.at}.${field}`, { unit: place.unit, criterion: place.criterion }));
  return undefined;
}

/** Points read without a leaf to judge them against (the unit's set is unknown): only the decimals. */
export function readPoints(points: PointsInput | undefined): Points | undefined {
  if (points === undefined) return undefined;
  const parsed = Points.parse(points);
  return parsed.ok ? parsed.value : undefined;
}

export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}
