import fc from 'fast-check';
import {
  AppraisedScore,
  computeFieldIndices,
  computeIndex,
  computeTotals,
  CriterionInput,
  DomainError,
  FieldIndex,
  FieldScoreSheet,
  parseCriteriaTree,
  Points,
  unwrap,
  Validation,
} from '..';
import { departmentXTree, pts } from './worked-example.fixture';

/** Department X of DOMAIN.md after the council: 3.2 appraised 1.00, 7.3 restored to 1.50, 6.4 not applicable, −0.50. */
const departmentX: FieldScoreSheet = {
  selfScores: [
    { criterion: '1.1', points: pts(1) },
    { criterion: '3.2', points: pts(2) },
    { criterion: '7.3', points: pts('1.5') },
  ],
  appraisal: [
    { criterion: '3.2', points: pts(1) },
    { criterion: '7.3', points: pts('1.5') },
  ],
  notApplicable: ['6.4'],
  deductions: [pts('0.5')],
};

function rows(result: Validation<FieldIndex[]>) {
  return unwrap(result).map(({ field, title, achieved, applicableMax, index }) => ({
    field,
    title,
    achieved: achieved.toString(),
    applicableMax: applicableMax.toString(),
    index: index?.toString() ?? null,
  }));
}

function problems(result: Validation<unknown>): Pick<DomainError, 'code' | 'field'>[] {
  if (result.ok) throw new Error('expected the sheet to be rejected');
  return result.errors.map(({ code, field }) => ({ code, field }));
}

describe('computeFieldIndices: the component index of each field', () => {
  it("Department X: each field's points over its applicable max, the deduction in none of them", () => {
    expect(rows(computeFieldIndices(departmentXTree, departmentX))).toEqual([
      { field: '1', title: 'Công tác chỉ đạo, điều hành CCHC', achieved: '1.00', applicableMax: '1.00', index: '100.00' },
      { field: '3', title: 'Cải cách thủ tục hành chính', achieved: '1.00', applicableMax: '2.00', index: '50.00' },
      { field: '6', title: 'Cải cách tài chính công', achieved: '0.00', applicableMax: '0.00', index: null },
      { field: '7', title: 'Xây dựng chính quyền điện tử, chính quyền số', achieved: '1.50', applicableMax: '1.50', index: '100.00' },
    ]);
  });

  it('a field the appraisal found not applicable leaves its max as the setup would', () => {
    const sheet = { ...departmentX, notApplicable: [], appraisal: [...departmentX.appraisal!, { criterion: '6.4', applicable: false as const }] };
    expect(rows(computeFieldIndices(departmentXTree, sheet))[2]).toMatchObject({ field: '6', applicableMax: '0.00', index: null });
  });

  it('an unscored applicable leaf counts 0 of its max: field 6 at 0.00 / 1.00 = 0.00', () => {
    expect(rows(computeFieldIndices(departmentXTree, { ...departmentX, notApplicable: [] }))[2]).toEqual({
      field: '6',
      title: 'Cải cách tài chính công',
      achieved: '0.00',
      applicableMax: '1.00',
      index: '0.00',
    });
  });

  it('a leaf the appraisal does not mention keeps its self score', () => {
    const sheet = { ...departmentX, appraisal: [] };
    expect(rows(computeFieldIndices(departmentXTree, sheet))[1]).toMatchObject({ field: '3', achieved: '2.00', index: '100.00' });
  });

  it('rounds half-up to 2 places, in exact decimals: 3.50 / 7.50 = 46.67, 1.01 / 8.00 = 12.63', () => {
    const tree = unwrap(
      parseCriteriaTree([
        field('2', 'Xây dựng và tổ chức thực hiện thể chế', [leaf('2.1', 5), leaf('2.2', '2.5')]),
        field('5', 'Cải cách chế độ công vụ', [leaf('5.1', 8)]),
      ]),
    );
    const sheet: FieldScoreSheet = {
      selfScores: [
        { criterion: '2.1', points: pts('3.5') },
        { criterion: '5.1', points: pts('1.01') },
      ],
    };
    expect(rows(computeFieldIndices(tree, sheet)).map(({ field, index }) => [field, index])).toEqual([
      ['2', '46.67'],
      ['5', '12.63'],
    ]);
  });

  it('sums the leaves of every depth under a field (criteria and sub-criteria)', () => {
    const tree = unwrap(
      parseCriteriaTree([field('7', 'Chính quyền số', [field('7.2', 'Dịch vụ công trực tuyến', [leaf('7.2.1', 1), leaf('7.2.2', 1)]), leaf('7.3', 2)])]),
    );
    const sheet: FieldScoreSheet = { selfScores: [{ criterion: '7.2.2', points: pts(1) }], appraisal: [{ criterion: '7.3', points: pts('1.5') }] };
    expect(rows(computeFieldIndices(tree, sheet))).toEqual([{ field: '7', title: 'Chính quyền số', achieved: '2.50', applicableMax: '4.00', index: '62.50' }]);
  });

  it('a leaf at the top of the set is a field of its own', () => {
    const tree = unwrap(parseCriteriaTree([leaf('9', 2)]));
    expect(rows(computeFieldIndices(tree, { selfScores: [{ criterion: '9', points: pts(1) }] }))).toEqual([
      { field: '9', title: 'Tiêu chí 9', achieved: '1.00', applicableMax: '2.00', index: '50.00' },
    ]);
  });

  it('an empty set has no fields', () => {
    expect(rows(computeFieldIndices(unwrap(parseCriteriaTree([])), { selfScores: [] }))).toEqual([]);
  });

  it('refuses the sheet computeTotals refuses, naming every field at fault', () => {
    const result = computeFieldIndices(departmentXTree, {
      selfScores: [{ criterion: '9.9', points: pts(1) }],
      appraisal: [{ criterion: '7.3', points: pts('0.6') }],
      bonus: [pts('-0.5')],
    });
    expect(problems(result)).toEqual([
      { code: 'CRITERION_UNKNOWN', field: 'selfScores[9.9]' },
      { code: 'SCORE_OFF_STEP', field: 'appraisal[7.3].points' },
      { code: 'POINTS_NEGATIVE', field: 'bonus[0]' },
    ]);
  });

  it('always: the fields add up to the unit, bonus and deductions aside; each index is its own achieved over max', () => {
    const tree = unwrap(
      parseCriteriaTree([
        field('1', 'Lĩnh vực 1', [leaf('1.1', 1), leaf('1.2', 2)]),
        field('2', 'Lĩnh vực 2', [leaf('2.1', '0.5'), field('2.2', 'Tiêu chí 2.2', [leaf('2.2.1', '1.25'), leaf('2.2.2', 3)])]),
        field('3', 'Lĩnh vực 3', [leaf('3.1', 4)]),
      ]),
    );
    const leaves = tree.leaves();
    const hundredthsUpTo = (max: Points) => fc.integer({ min: 0, max: Number(max.toString()) * 100 }).map(Points.fromHundredths);
    const leafCase = fc.tuple(
      ...leaves.map((one) =>
        fc.record({
          self: fc.option(hundredthsUpTo(one.maxPoints), { nil: null }),
          appraisal: fc.oneof(
            fc.constant<'none' | 'notApplicable'>('none'),
            fc.constant<'none' | 'notApplicable'>('notApplicable'),
            hundredthsUpTo(one.maxPoints),
          ),
          atSetup: fc.boolean(),
        }),
      ),
    );
    const amounts = fc.array(fc.integer({ min: 0, max: 300 }).map(Points.fromHundredths), { maxLength: 3 });
    fc.assert(
      fc.property(leafCase, amounts, amounts, (cases, bonus, deductions) => {
        const sheet: FieldScoreSheet = {
          selfScores: cases.flatMap((one, at) => (one.self ? [{ criterion: leaves[at].code, points: one.self }] : [])),
          appraisal: cases.flatMap((one, at): AppraisedScore[] =>
            one.appraisal === 'none'
              ? []
              : one.appraisal === 'notApplicable'
                ? [{ criterion: leaves[at].code, applicable: false }]
                : [{ criterion: leaves[at].code, points: one.appraisal }],
          ),
          notApplicable: cases.flatMap((one, at) => (one.atSetup ? [leaves[at].code] : [])),
          bonus,
          deductions,
        };
        const fields = unwrap(computeFieldIndices(tree, sheet));
        const unit = unwrap(computeTotals({ ...sheet, leaves }));
        expect(fields.map((one) => one.field)).toEqual(['1', '2', '3']);
        expect(
          Points.sum(fields.map((one) => one.achieved))
            .plus(Points.sum(bonus))
            .minus(Points.sum(deductions))
            .toString(),
        ).toBe(unit.appraisedTotal.toString());
        expect(Points.sum(fields.map((one) => one.applicableMax)).toString()).toBe(unit.applicableMax.toString());
        for (const one of fields) {
          expect(one.achieved.lessThanOrEqual(one.applicableMax)).toBe(true);
          expect(one.index?.toString() ?? null).toBe(computeIndex(one.achieved, one.applicableMax)?.toString() ?? null);
          expect(one.index === null).toBe(one.applicableMax.isZero());
          if (one.index) expect(one.index.toDecimal().gte(0) && one.index.toDecimal().lte(100)).toBe(true);
        }
      }),
    );
  });
});

function field(code: string, title: string, children: CriterionInput[]): CriterionInput {
  return { code, title, children };
}

function leaf(code: string, maxPoints: number | string): CriterionInput {
  return { code, title: `Tiêu chí ${code}`, maxPoints, method: { kind: 'manual', step: '0.01' }, source: 'self' };
}
