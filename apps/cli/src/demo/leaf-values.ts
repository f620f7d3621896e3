import { CriterionLeaf, Points, validateLeafScore } from '@par/domain';

/**
 * Every score a leaf's method allows, highest first: the menu a reporter or an appraiser chooses from.
 * Each is checked by the domain, so the demo can never hold a value the importer would refuse.
 */
export function allowedValues(leaf: CriterionLeaf): Points[] {
  const values = candidates(leaf);
  const unique = [...new Map(values.map((value) => [value.toString(), value])).values()].sort((a, b) => b.compareTo(a));
  for (const value of unique) {
    if (!validateLeafScore(leaf, value).ok) throw new Error(`demo: ${value} is no valid score of ${leaf.code}`);
  }
  return unique;
}

function candidates(leaf: CriterionLeaf): Points[] {
  const max = leaf.maxPoints;
  const method = leaf.method;
  switch (method.kind) {
    case 'manual':
      return steps(max, method.step, max);
    case 'bands':
      return [...method.bands.map((band) => band.points), Points.ZERO];
    case 'allOrNothing':
      return [max, Points.ZERO];
    case 'deduction': {
      const cap = method.cap ?? max;
      const floor = Points.max(Points.ZERO, max.minus(cap));
      return [
        ...steps(max, method.perOccurrence, cap)
          .map((lost) => max.minus(lost))
          .filter((value) => value.greaterThanOrEqual(floor)),
        floor,
      ];
    }
  }
}

/** 0, step, 2 × step … up to `limit`, as amounts (for manual scores, or points lost to deductions). */
function steps(max: Points, step: Points, limit: Points): Points[] {
  const values: Points[] = [];
  for (let count = 0; step.times(count).lessThanOrEqual(limit) && step.times(count).lessThanOrEqual(max); count++) values.push(step.times(count));
  return values;
}
