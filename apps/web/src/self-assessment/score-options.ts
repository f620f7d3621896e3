import { hundredthsOf, pointsOf } from './points';
import type { ScoringMethod } from './self-assessment.api';

/** A value a leaf's method can give, with what earns it (a band's ratio, a number of violations). */
export interface ScoreOption {
  points: string;
  because?: { band: string } | { violations: number; orMore?: boolean } | { all: boolean };
}

/**
 * The values a method with a fixed list can give, highest first: a band's points (and 0 when no band is
 * reached), 0 or max, max less whole deductions down to the cap. null: manual, any step in [0, max].
 */
export function scoreOptions(method: ScoringMethod | null, maxPoints: string): ScoreOption[] | null {
  const max = hundredthsOf(maxPoints) ?? 0;
  switch (method?.kind) {
    case 'bands':
      return distinct([
        ...method.bands.map((band) => ({ points: pointsOf(hundredthsOf(band.points) ?? 0), because: { band: band.minRatio } })),
        { points: '0.00' },
      ]);
    case 'allOrNothing':
      return [
        { points: pointsOf(max), because: { all: true } },
        { points: '0.00', because: { all: false } },
      ];
    case 'deduction':
      return deductions(max, hundredthsOf(method.perOccurrence) ?? 0, hundredthsOf(method.cap) ?? max);
    default:
      return null;
  }
}

function deductions(max: number, perOccurrence: number, cap: number): ScoreOption[] {
  const floor = Math.max(0, max - cap);
  const options: ScoreOption[] = [];
  for (let violations = 0; perOccurrence > 0 && max - violations * perOccurrence > floor; violations++) {
    options.push({ points: pointsOf(max - violations * perOccurrence), because: { violations } });
  }
  // The cap reached: however many more violations, the leaf keeps max − cap.
  options.push({ points: pointsOf(floor), because: { violations: perOccurrence > 0 ? Math.ceil((max - floor) / perOccurrence) : 0, orMore: true } });
  return options;
}

/** Bands may share points (two ratios, one value): the highest ratio names it. */
function distinct(options: ScoreOption[]): ScoreOption[] {
  return options.filter((option, position) => options.findIndex((other) => other.points === option.points) === position);
}
