import { CriterionLeaf, parseScoringMethod, Points, ScoringMethod, unwrap } from '@par/domain';
import type { CriterionLeafSummary, ScoringMethodSummary } from '@par/contracts';

/** A leaf as AppraisalStarted records it; decimals as exact text so nothing is lost in JSON. */
export function toLeafSummary(leaf: CriterionLeaf): CriterionLeafSummary {
  return { code: leaf.code, title: leaf.title, maxPoints: leaf.maxPoints.toString(), method: methodSummary(leaf.method), source: leaf.source };
}

/** Back to a CriterionLeaf, so later values are validated by libs/domain's own rules. */
export function fromLeafSummary(summary: CriterionLeafSummary): CriterionLeaf {
  const maxPoints = Points.of(summary.maxPoints);
  const method = unwrap(parseScoringMethod(summary.method, maxPoints, `leaves[${summary.code}].method`));
  return { code: summary.code, title: summary.title, maxPoints, method, source: summary.source };
}

function methodSummary(method: ScoringMethod): ScoringMethodSummary {
  switch (method.kind) {
    case 'manual':
      return { kind: 'manual', step: method.step.toString() };
    case 'bands':
      return { kind: 'bands', bands: method.bands.map((band) => ({ minRatio: band.minRatio.toFixed(), points: band.points.toString() })) };
    case 'allOrNothing':
      return { kind: 'allOrNothing' };
    case 'deduction':
      return method.cap === undefined
        ? { kind: 'deduction', perOccurrence: method.perOccurrence.toString() }
        : { kind: 'deduction', perOccurrence: method.perOccurrence.toString(), cap: method.cap.toString() };
  }
}
