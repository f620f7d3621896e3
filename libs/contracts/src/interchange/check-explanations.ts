import { Points } from '@par/domain';
import { AppraisalEntry, ExplanationEntry } from './cycle-file';
import { elementPath } from './field-paths';
import { InterchangeError, InterchangeErrorCode } from './interchange-error';
import type { AppraisedValue } from './check-appraisals';
import { checkLeafPoints, findLeaf, isBlank, readPoints, ScoredOn, ScorePlace } from './check-leaf-score';

export interface ExplanationContext {
  readonly scoredOn: ScoredOn | undefined;
  readonly selfPoints: ReadonlyMap<string, Points>;
  readonly appraised: ReadonlyMap<string, AppraisedValue>;
}

/**
 * Each explanation (giải trình) and the council's decision on it, by the rules the appraisal service
 * replays them with: one per leaf, with a text, on a leaf the appraisal adjusted (its value differs from
 * the self score, or it was found not applicable); the decision has a reason; `upheld` keeps the
 * appraised value and gives no points; `changed` gives the leaf new points it allows (which also brings
 * a leaf found not applicable back into the index).
 */
export function checkExplanations(appraisal: AppraisalEntry, at: string, context: ExplanationContext, errors: InterchangeError[]): void {
  const explained = new Set<string>();
  (appraisal.explanations ?? []).forEach((explanation, position) => {
    const place: ScorePlace = { unit: appraisal.unit, criterion: explanation.criterion, at: elementPath(at, 'explanations', explanation, position) };
    const error = (code: InterchangeErrorCode, problem: string, field: string, value: unknown) =>
      errors.push(new InterchangeError(code, problem, { field: `${place.at}.${field}`, value, unit: place.unit, criterion: place.criterion }));

    if (explained.has(explanation.criterion)) {
      error('EXPLANATION_DUPLICATE', `criterion ${JSON.stringify(explanation.criterion)} has more than one explanation`, 'criterion', explanation.criterion);
      return;
    }
    explained.add(explanation.criterion);
    const leaf = context.scoredOn && findLeaf(context.scoredOn, place, errors);
    if (context.scoredOn && !leaf) return;
    const self = context.selfPoints.get(explanation.criterion) ?? Points.ZERO;
    const current = currentValue(explanation, context, self);

    if (current instanceof Points && current.equals(self)) {
      error(
        'EXPLANATION_NOT_ADJUSTED',
        `criterion ${JSON.stringify(explanation.criterion)} kept the self score ${self}: there is nothing to explain`,
        'criterion',
        explanation.criterion,
      );
    }
    if (isBlank(explanation.text)) error('EXPLANATION_TEXT_REQUIRED', "the unit's explanation needs a text", 'text', explanation.text);
    if (isBlank(explanation.reason))
      error('REASON_REQUIRED', `a reason is required for the council's ${explanation.decision} decision`, 'reason', explanation.reason);

    if (explanation.decision === 'upheld') {
      if (explanation.points !== undefined)
        error('EXPLANATION_UPHELD_WITH_POINTS', 'an upheld decision keeps the appraised value: give no points', 'points', explanation.points);
      return;
    }
    if (explanation.points === undefined) {
      error('EXPLANATION_POINTS_REQUIRED', "a changed decision needs the leaf's new points", 'points', explanation.points);
      return;
    }
    const points = leaf ? checkLeafPoints(leaf, explanation.points, place, 'points', errors) : readPoints(explanation.points);
    if (points && current instanceof Points && points.equals(current)) {
      error('EXPLANATION_CHANGED_TO_SAME', `the leaf is already ${current}: that decision is upheld, not changed`, 'points', explanation.points);
    }
  });
}

/**
 * The leaf's value before the council: appraised points, else (not mentioned) the self score; undefined
 * when the appraised points were unreadable, so nothing is concluded from them.
 */
function currentValue(explanation: ExplanationEntry, context: ExplanationContext, self: Points): Points | 'not applicable' | undefined {
  const appraised = context.appraised.get(explanation.criterion);
  if (appraised?.applicable === false) return 'not applicable';
  return appraised ? appraised.points : self;
}
