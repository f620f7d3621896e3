import fc from 'fast-check';
import { AppraisedScore, computeIndex, computeTotals, CriterionLeaf, Points, SelfScore, UnitScoreSheet, UnitTotals, unwrap } from '..';

/** One leaf of a generated sheet, in hundredths so the expected totals can be computed with integers. */
interface LeafCase {
  readonly maxH: number;
  readonly selfH: number | null;
  readonly appraisal: { readonly kind: 'none' } | { readonly kind: 'points'; readonly h: number } | { readonly kind: 'notApplicable' };
  readonly notApplicableAtSetup: boolean;
}

const leafCase: fc.Arbitrary<LeafCase> = fc.integer({ min: 1, max: 500 }).chain((maxH) =>
  fc.record({
    maxH: fc.constant(maxH),
    selfH: fc.option(fc.integer({ min: 0, max: maxH }), { nil: null }),
    appraisal: fc.oneof(
      fc.constant({ kind: 'none' as const }),
      fc.integer({ min: 0, max: maxH }).map((h) => ({ kind: 'points' as const, h })),
      fc.constant({ kind: 'notApplicable' as const }),
    ),
    notApplicableAtSetup: fc.boolean(),
  }),
);

const amountsH = fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 3 });
const sheetCase = fc.record({ leaves: fc.array(leafCase, { maxLength: 20 }), bonusH: amountsH, deductionsH: amountsH });
type SheetCase = typeof sheetCase extends fc.Arbitrary<infer C> ? C : never;

const leafOf = (code: string, maxH: number): CriterionLeaf => ({
  code,
  title: `Tiêu chí ${code}`,
  maxPoints: Points.fromHundredths(maxH),
  method: { kind: 'manual', step: Points.of('0.01') },
  source: 'self',
});

function sheetOf(sheet: SheetCase, codePrefix = '1'): UnitScoreSheet {
  const code = (position: number) => `${codePrefix}.${position + 1}`;
  const selfScores: SelfScore[] = [];
  const appraisal: AppraisedScore[] = [];
  sheet.leaves.forEach((leaf, position) => {
    if (leaf.selfH !== null) selfScores.push({ criterion: code(position), points: Points.fromHundredths(leaf.selfH) });
    if (leaf.appraisal.kind === 'points') appraisal.push({ criterion: code(position), points: Points.fromHundredths(leaf.appraisal.h) });
    if (leaf.appraisal.kind === 'notApplicable') appraisal.push({ criterion: code(position), applicable: false });
  });
  return {
    leaves: sheet.leaves.map((leaf, position) => leafOf(code(position), leaf.maxH)),
    selfScores,
    appraisal,
    notApplicable: sheet.leaves.flatMap((leaf, position) => (leaf.notApplicableAtSetup ? [code(position)] : [])),
    bonus: sheet.bonusH.map(Points.fromHundredths),
    deductions: sheet.deductionsH.map(Points.fromHundredths),
  };
}

function printed(totals: UnitTotals): string[] {
  return [totals.selfTotal.toString(), totals.appraisedTotal.toString(), totals.applicableMax.toString()];
}

const permutation = (length: number) => fc.shuffledSubarray([...Array(length).keys()], { minLength: length });
const permuted = <T>(list: readonly T[], order: readonly number[]): T[] => order.map((position) => list[position]);

describe('totals, for any score sheet', () => {
  it('match the rules of INTERCHANGE.md computed in whole hundredths', () => {
    fc.assert(
      fc.property(sheetCase, (sheet) => {
        const applicable = sheet.leaves.filter((leaf) => !leaf.notApplicableAtSetup && leaf.appraisal.kind !== 'notApplicable');
        const finalH = (leaf: LeafCase) => (leaf.appraisal.kind === 'points' ? leaf.appraisal.h : (leaf.selfH ?? 0));
        const sum = (list: number[]) => list.reduce((total, h) => total + h, 0);
        const expected = [
          sum(sheet.leaves.map((leaf) => leaf.selfH ?? 0)),
          sum(applicable.map(finalH)) + sum(sheet.bonusH) - sum(sheet.deductionsH),
          sum(applicable.map((leaf) => leaf.maxH)),
        ].map((h) => Points.fromHundredths(h).toString());
        expect(printed(unwrap(computeTotals(sheetOf(sheet))))).toEqual(expected);
      }),
    );
  });

  it('do not depend on the order of leaves, scores, bonus or deductions', () => {
    const shuffledSheet = sheetCase
      .map(sheetOf)
      .chain((sheet) =>
        fc.tuple(
          fc.constant(sheet),
          permutation(sheet.leaves.length),
          permutation(sheet.selfScores.length),
          permutation(sheet.appraisal!.length),
          permutation(sheet.bonus!.length),
          permutation(sheet.deductions!.length),
        ),
      );
    fc.assert(
      fc.property(shuffledSheet, ([sheet, leafOrder, selfOrder, appraisalOrder, bonusOrder, deductionOrder]) => {
        const shuffled: UnitScoreSheet = {
          leaves: permuted(sheet.leaves, leafOrder),
          selfScores: permuted(sheet.selfScores, selfOrder),
          appraisal: permuted(sheet.appraisal!, appraisalOrder),
          notApplicable: [...sheet.notApplicable!].reverse(),
          bonus: permuted(sheet.bonus!, bonusOrder),
          deductions: permuted(sheet.deductions!, deductionOrder),
        };
        expect(printed(unwrap(computeTotals(shuffled)))).toEqual(printed(unwrap(computeTotals(sheet))));
      }),
    );
  });

  it('are unchanged, on both sides, by adding a leaf that is not applicable to the unit', () => {
    const extraLeaf = fc.record({
      maxH: fc.integer({ min: 1, max: 500 }),
      selfH: fc.option(fc.integer({ min: 0, max: 1 }), { nil: null }),
      byAppraisal: fc.boolean(),
    });
    fc.assert(
      fc.property(sheetCase, extraLeaf, (sheet, extra) => {
        const before = sheetOf(sheet);
        const code = '9.1';
        const after: UnitScoreSheet = {
          ...before,
          leaves: [...before.leaves, leafOf(code, extra.maxH)],
          selfScores: extra.selfH === null ? before.selfScores : [...before.selfScores, { criterion: code, points: Points.fromHundredths(extra.selfH) }],
          appraisal: extra.byAppraisal ? [...before.appraisal!, { criterion: code, applicable: false }] : before.appraisal,
          notApplicable: extra.byAppraisal ? before.notApplicable : [...before.notApplicable!, code],
        };
        const [was, is] = [unwrap(computeTotals(before)), unwrap(computeTotals(after))];
        expect([is.appraisedTotal.toString(), is.applicableMax.toString()]).toEqual([was.appraisedTotal.toString(), was.applicableMax.toString()]);
      }),
    );
  });

  it('give an index within [0, 100] when there is no bonus or deduction and every score is within its max', () => {
    fc.assert(
      fc.property(sheetCase, (sheet) => {
        const totals = unwrap(computeTotals(sheetOf({ ...sheet, bonusH: [], deductionsH: [] })));
        const index = computeIndex(totals.appraisedTotal, totals.applicableMax);
        return index === null ? totals.applicableMax.isZero() : index.toDecimal().gte(0) && index.toDecimal().lte(100);
      }),
    );
  });

  it('never put the appraised total above the applicable max plus the bonus', () => {
    fc.assert(
      fc.property(sheetCase, (sheet) => {
        const unit = sheetOf(sheet);
        const totals = unwrap(computeTotals(unit));
        return totals.appraisedTotal.lessThanOrEqual(totals.applicableMax.plus(Points.sum(unit.bonus!)));
      }),
    );
  });
});
