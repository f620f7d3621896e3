import { CriterionLeaf, parseScoringMethod, Points, ScoringMethod, unwrap } from '@par/domain';
import type { CriterionLeafData, ScoringMethodData } from './criterion-leaf-data.schema';

/** A domain leaf as event data: points as 2-place strings, so 1, "1" and "1.00" record the same. */
export function leafToData(leaf: CriterionLeaf): CriterionLeafData {
  return { code: leaf.code, title: leaf.title, maxPoints: leaf.maxPoints.toString(), method: methodToData(leaf.method), source: leaf.source };
}

/** Back to a domain leaf, so later values are validated by libs/domain's own rules. */
export function leafFromData(data: CriterionLeafData): CriterionLeaf {
  const maxPoints = Points.of(data.maxPoints);
  const method = unwrap(parseScoringMethod(data.method, maxPoints, `leaves[${data.code}].method`));
  return { code: data.code, title: data.title, maxPoints, method, source: data.source };
}

export function methodToData(method: ScoringMethod): ScoringMethodData {
  switch (method.kind) {
    case 'manual':
      return { kind: 'manual', step: method.step.toString() };
    case 'bands':
      // toFixed() without places: plain notation, exactly the digits given ("0.95", never "9.5e-1").
      return { kind: 'bands', bands: method.bands.map((band) => ({ minRatio: band.minRatio.toFixed(), points: band.points.toString() })) };
    case 'allOrNothing':
      return { kind: 'allOrNothing' };
    case 'deduction':
      return method.cap === undefined
        ? { kind: 'deduction', perOccurrence: method.perOccurrence.toString() }
        : { kind: 'deduction', perOccurrence: method.perOccurrence.toString(), cap: method.cap.toString() };
  }
}
