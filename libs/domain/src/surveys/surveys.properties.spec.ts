import fc from 'fast-check';
import {
  IndexValue,
  isSatisfied,
  parseSatisfactionScale,
  plannedSampleSize,
  Points,
  satisfactionIndex,
  summarizeSurvey,
  surveyLeafPoints,
  unwrapSurvey,
  wilsonInterval,
} from '..';

// Oracles in whole numbers (BigInt): nothing here is computed the way the rules compute it, and no float is involved.

/** Half-up of p / q for p, q ≥ 0: ⌊(2p + q) / 2q⌋. */
const halfUp = (p: bigint, q: bigint) => (2n * p + q) / (2n * q);
/** Ceiling of p / q for p ≥ 0, q > 0. */
const ceil = (p: bigint, q: bigint) => (p + q - 1n) / q;
/** Hundredths written as the 2-place text the rules print. */
const text = (hundredths: bigint) => `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`;
const hundredths = (value: { toString(): string }) => BigInt(value.toString().replace('.', ''));

/** A number of given answers and how many of them were satisfied, small and large. */
const counts = fc
  .oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }))
  .chain((answers) => fc.record({ answers: fc.constant(answers), satisfied: fc.integer({ min: 0, max: answers }) }));

/**
 * Whether the exact Wilson bound, in hundredths of a percent, is at least t / 2 — decided in integers by squaring
 * (z = 196 / 100). With c = 2s + z², d = 2(n + z²) and r = z·√(z² + 4s(n−s)/n): low = (c − r) / d, high = (c + r) / d.
 */
function wilsonAtLeast(bound: 'low' | 'high', s: bigint, n: bigint, t: bigint): boolean {
  const Z2 = 196n * 196n;
  const C = 2n * s * 10_000n + Z2; // c · 10⁴
  const D = 2n * (n * 10_000n + Z2); // d · 10⁴
  const rootArgument = Z2 * n + 40_000n * s * (n - s); // (z² + 4s(n−s)/n) · 10⁴n
  const a = 20_000n * C - t * D; // (c − t·d / 10⁴) · 2·10⁸
  const aSquaredVsRSquared = a * a * n - 400_000_000n * Z2 * rootArgument; // sign of a² − (r · 2·10⁸)², scaled by n
  return bound === 'low' ? a >= 0n && aSquaredVsRSquared >= 0n : a >= 0n || aSquaredVsRSquared <= 0n;
}

describe('the survey rules, for any counts', () => {
  it('index = satisfied / given × 100 rounded half-up, as whole-number arithmetic gives it', () => {
    fc.assert(
      fc.property(counts, ({ answers, satisfied }) => {
        const expected = text(halfUp(BigInt(satisfied) * 10_000n, BigInt(answers)));
        expect(satisfactionIndex({ answers, satisfied })?.toString()).toBe(expected);
      }),
    );
  });

  it('the interval is the exact Wilson interval rounded half-up: each bound within half a hundredth of the true one', () => {
    fc.assert(
      fc.property(counts, ({ answers, satisfied }) => {
        const ci = wilsonInterval({ answers, satisfied });
        if (!ci) throw new Error('an interval was expected');
        const [s, n] = [BigInt(satisfied), BigInt(answers)];
        for (const bound of ['low', 'high'] as const) {
          const printed = hundredths(ci[bound]);
          // half-up: printed − ½ ≤ exact < printed + ½
          expect(wilsonAtLeast(bound, s, n, 2n * printed - 1n)).toBe(true);
          expect(wilsonAtLeast(bound, s, n, 2n * printed + 1n)).toBe(false);
        }
      }),
    );
  });

  it('the interval lies within [0, 100], holds the index, ends at 0 or 100 when none or all are satisfied, and mirrors the dissatisfied share', () => {
    fc.assert(
      fc.property(counts, ({ answers, satisfied }) => {
        const ci = wilsonInterval({ answers, satisfied });
        const index = satisfactionIndex({ answers, satisfied });
        if (!ci || !index) throw new Error('an interval and an index were expected');
        const [low, high, share] = [hundredths(ci.low), hundredths(ci.high), hundredths(index)];
        expect(0n <= low && low <= share && share <= high && high <= 10_000n).toBe(true);
        if (satisfied === 0) expect(low).toBe(0n);
        if (satisfied === answers) expect(high).toBe(10_000n);
        const mirror = wilsonInterval({ answers, satisfied: answers - satisfied });
        if (!mirror) throw new Error('an interval was expected');
        // 100 − high of the dissatisfied share is the low of the satisfied one, up to a rounding tie
        expect(Number(low - (10_000n - hundredths(mirror.high)))).toBeGreaterThanOrEqual(-1);
        expect(Number(low - (10_000n - hundredths(mirror.high)))).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('leaf points = maxPoints × index / 100 rounded half-up, never above maxPoints', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 10_000 }), (maxH, indexH) => {
        const points = surveyLeafPoints(Points.fromHundredths(maxH), IndexValue.of(text(BigInt(indexH))));
        if (!points) throw new Error('points were expected');
        expect(points.toString()).toBe(text(halfUp(BigInt(maxH) * BigInt(indexH), 10_000n)));
        expect(points.lessThanOrEqual(Points.fromHundredths(maxH))).toBe(true);
      }),
    );
  });

  it('the planned sample is ⌈N / (1 + N·e²)⌉, at most N, and grows with N', () => {
    const margin = fc.integer({ min: 1, max: 999_999 }).map((millionths) => ({ millionths, text: `0.${String(millionths).padStart(6, '0')}` }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER - 1 }), margin, (population, e) => {
        const N = BigInt(population);
        const a = BigInt(e.millionths); // e = a / 10⁶
        const expected = ceil(N * 10n ** 12n, 10n ** 12n + N * a * a);
        const n = unwrapSurvey(plannedSampleSize(population, e.text));
        expect(BigInt(n)).toBe(expected);
        expect(n <= population && (population === 0 || n >= 1)).toBe(true);
        expect(unwrapSurvey(plannedSampleSize(population + 1, e.text))).toBeGreaterThanOrEqual(n);
      }),
    );
  });

  it('on any valid scale, an answer is satisfied exactly when listed, and anything off the scale is refused', () => {
    const scaleCase = fc.record({ min: fc.integer({ min: -10, max: 10 }), span: fc.integer({ min: 1, max: 100 }) }).chain(({ min, span }) =>
      fc.record({
        min: fc.constant(min),
        max: fc.constant(min + span),
        satisfied: fc.uniqueArray(fc.integer({ min, max: min + span }), { minLength: 1, maxLength: span + 1 }),
        answer: fc.integer({ min: min - 5, max: min + span + 5 }),
      }),
    );
    fc.assert(
      fc.property(scaleCase, ({ answer, ...input }) => {
        const result = isSatisfied(unwrapSurvey(parseSatisfactionScale(input)), answer);
        if (answer < input.min || answer > input.max) expect(result.ok ? 'accepted' : result.error.code).toBe('ANSWER_OFF_SCALE');
        else expect(result).toEqual({ ok: true, value: input.satisfied.includes(answer) });
      }),
    );
  });

  it("the overall sums the units' counts, whatever their order, and each unit sums its aspects", () => {
    const aspectCounts = fc
      .integer({ min: 0, max: 5_000 })
      .chain((answers) => fc.record({ answers: fc.constant(answers), satisfied: fc.integer({ min: 0, max: answers }) }));
    const unitCase = fc.record({ respondents: fc.integer({ min: 1, max: 2_000 }), aspects: fc.tuple(aspectCounts, aspectCounts, aspectCounts) });
    fc.assert(
      fc.property(fc.array(unitCase, { maxLength: 12 }), fc.boolean(), (cases, reversed) => {
        const units = cases.map((unit, position) => ({
          unit: `ubnd-xa-${position}`,
          respondents: unit.respondents,
          aspects: unit.aspects.map((aspect, at) => ({ code: ['TC', 'CC', 'KQ'][at], ...aspect })),
        }));
        const summary = unwrapSurvey(summarizeSurvey({ aspects: ['TC', 'CC', 'KQ'], units: reversed ? [...units].reverse() : units }));
        const all = cases.flatMap((unit) => unit.aspects);
        const sum = (list: { answers: number; satisfied: number }[]) => ({
          answers: list.reduce((total, c) => total + c.answers, 0),
          satisfied: list.reduce((total, c) => total + c.satisfied, 0),
        });
        expect(summary.overall.answers).toBe(sum(all).answers);
        expect(summary.overall.respondents).toBe(cases.reduce((total, unit) => total + unit.respondents, 0));
        expect(summary.overall.index?.toString()).toBe(satisfactionIndex(sum(all))?.toString());
        summary.units.forEach((unit) => {
          const own = cases[Number(unit.unit.slice('ubnd-xa-'.length))];
          expect(unit.answers).toBe(sum(own.aspects).answers);
          expect(unit.index?.toString()).toBe(satisfactionIndex(sum(own.aspects))?.toString());
        });
      }),
    );
  });
});
