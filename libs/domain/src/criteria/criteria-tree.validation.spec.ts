import { CriterionInput, DomainError, parseCriteriaTree, Validation } from '..';

function problems(result: Validation<unknown>): Pick<DomainError, 'code' | 'field' | 'criterion'>[] {
  if (result.ok) throw new Error('expected the criteria set to be rejected');
  return result.errors.map(({ code, field, criterion }) => ({ code, field, criterion }));
}

const leaf = (code: string, extra: Partial<CriterionInput> = {}): CriterionInput => ({
  code,
  title: `Tiêu chí ${code}`,
  maxPoints: 1,
  method: { kind: 'manual', step: 0.25 },
  source: 'self',
  ...extra,
});

const field = (code: string, children: CriterionInput[], extra: Partial<CriterionInput> = {}): CriterionInput => ({
  code,
  title: `Lĩnh vực ${code}`,
  children,
  ...extra,
});

describe('parseCriteriaTree', () => {
  it('accepts a well-formed set, a branch restating its max included', () => {
    expect(parseCriteriaTree([field('1', [leaf('1.1'), leaf('1.2', { maxPoints: '0.5' })], { maxPoints: 1.5 })]).ok).toBe(true);
  });

  it('reports every problem at once, each naming its criterion and field', () => {
    const result = parseCriteriaTree([
      field('1', [leaf('1.1'), leaf('1.1'), leaf('2.1')]),
      field('2', [leaf('2.1', { maxPoints: 0 }), leaf('2.2', { maxPoints: '0.125' }), leaf('2.3', { source: 'guess' as never })]),
    ]);
    expect(problems(result)).toEqual([
      { code: 'CRITERION_CODE_DUPLICATE', field: 'criteria[1.1].code', criterion: '1.1' },
      { code: 'CRITERION_CODE_NOT_UNDER_PARENT', field: 'criteria[2.1].code', criterion: '2.1' },
      { code: 'CRITERION_CODE_DUPLICATE', field: 'criteria[2.1].code', criterion: '2.1' },
      { code: 'LEAF_MAX_POINTS_NOT_POSITIVE', field: 'criteria[2.1].maxPoints', criterion: '2.1' },
      { code: 'POINTS_TOO_MANY_DECIMALS', field: 'criteria[2.2].maxPoints', criterion: '2.2' },
      { code: 'LEAF_SOURCE_INVALID', field: 'criteria[2.3].source', criterion: '2.3' },
    ]);
  });

  it('says in the message which criterion and value are at fault', () => {
    const result = parseCriteriaTree([field('2', [leaf('2.2', { maxPoints: '0.125' })])]);
    expect(!result.ok && result.errors[0].message).toBe('Criterion 2.2: maxPoints "0.125" has more than 2 decimal places');
  });

  it('rejects a malformed or missing code by its position', () => {
    expect(problems(parseCriteriaTree([field('1', [leaf('1 .1'), leaf('')])]))).toEqual([
      { code: 'CRITERION_CODE_MALFORMED', field: 'criteria[1].children[#0].code', criterion: undefined },
      { code: 'CRITERION_CODE_MALFORMED', field: 'criteria[1].children[#1].code', criterion: undefined },
    ]);
  });

  it('reports a child that is not an object instead of failing', () => {
    expect(problems(parseCriteriaTree([field('1', [null as never])])).map((p) => [p.code, p.field])).toEqual([
      ['CRITERION_TITLE_MISSING', 'criteria[1].children[#0].title'],
      ['CRITERION_CODE_MALFORMED', 'criteria[1].children[#0].code'],
      ['LEAF_MAX_POINTS_MISSING', 'criteria[1].children[#0].maxPoints'],
      ['LEAF_METHOD_MISSING', 'criteria[1].children[#0].method'],
      ['LEAF_SOURCE_INVALID', 'criteria[1].children[#0].source'],
    ]);
  });

  it('requires a title', () => {
    expect(problems(parseCriteriaTree([leaf('1', { title: ' ' })]))).toEqual([{ code: 'CRITERION_TITLE_MISSING', field: 'criteria[1].title', criterion: '1' }]);
  });

  it('requires a leaf to carry maxPoints, a method and a source', () => {
    expect(problems(parseCriteriaTree([{ code: '1', title: 'Kế hoạch', children: [] }])).map((p) => p.code)).toEqual([
      'LEAF_MAX_POINTS_MISSING',
      'LEAF_METHOD_MISSING',
      'LEAF_SOURCE_INVALID',
    ]);
  });

  it('refuses points of their own on a field or criterion that has children', () => {
    expect(problems(parseCriteriaTree([field('1', [leaf('1.1')], { method: { kind: 'allOrNothing' }, source: 'self' })]))).toEqual([
      { code: 'BRANCH_CARRIES_SCORING', field: 'criteria[1].method', criterion: '1' },
      { code: 'BRANCH_CARRIES_SCORING', field: 'criteria[1].source', criterion: '1' },
    ]);
  });

  it("rejects a branch max that is not its children's sum", () => {
    const result = parseCriteriaTree([
      field('2', [leaf('2.1'), field('2.2', [leaf('2.2.1', { maxPoints: '0.5' })], { maxPoints: '0.75' })], { maxPoints: 7.5 }),
    ]);
    expect(problems(result)).toEqual([{ code: 'BRANCH_MAX_POINTS_MISMATCH', field: 'criteria[2.2].maxPoints', criterion: '2.2' }]);
    expect(!result.ok && result.errors[0].message).toBe('Criterion 2.2: maxPoints 0.75 differs from the sum of its children, 0.50');
  });

  it('checks the outer declared max once the inner branches are right', () => {
    expect(problems(parseCriteriaTree([field('2', [leaf('2.1'), field('2.2', [leaf('2.2.1', { maxPoints: '0.5' })])], { maxPoints: 7.5 })]))).toEqual([
      { code: 'BRANCH_MAX_POINTS_MISMATCH', field: 'criteria[2].maxPoints', criterion: '2' },
    ]);
  });

  describe('scoring method parameters', () => {
    const methodProblems = (maxPoints: number | string, method: unknown) => {
      const result = parseCriteriaTree([leaf('1', { maxPoints, method: method as CriterionInput['method'] })]);
      return result.ok ? [] : problems(result).map((p) => [p.code, p.field]);
    };

    it('manual: a positive step that divides the max', () => {
      expect(methodProblems(1, { kind: 'manual', step: 0 })).toEqual([['METHOD_STEP_NOT_POSITIVE', 'criteria[1].method.step']]);
      expect(methodProblems(1, { kind: 'manual', step: '0.125' })).toEqual([['POINTS_TOO_MANY_DECIMALS', 'criteria[1].method.step']]);
      expect(methodProblems(1, { kind: 'manual', step: 0.3 })).toEqual([['METHOD_MAX_OFF_STEP', 'criteria[1].method.step']]);
      expect(methodProblems('1.25', { kind: 'manual', step: 0.25 })).toEqual([]);
    });

    it('bands: sorted from the highest ratio, ratios in [0, 1], points within the max, falling', () => {
      expect(methodProblems(2, { kind: 'bands', bands: [] })).toEqual([['METHOD_BANDS_EMPTY', 'criteria[1].method.bands']]);
      expect(
        methodProblems(2, {
          kind: 'bands',
          bands: [
            { minRatio: 0.95, points: 1 },
            { minRatio: 1, points: 2 },
          ],
        }),
      ).toEqual([['METHOD_BANDS_NOT_SORTED', 'criteria[1].method.bands[1].minRatio']]);
      expect(
        methodProblems(2, {
          kind: 'bands',
          bands: [
            { minRatio: 1.2, points: 2 },
            { minRatio: -0.1, points: 1 },
          ],
        }),
      ).toEqual([
        ['METHOD_BAND_RATIO_INVALID', 'criteria[1].method.bands[0].minRatio'],
        ['METHOD_BAND_RATIO_INVALID', 'criteria[1].method.bands[1].minRatio'],
      ]);
      expect(
        methodProblems(2, {
          kind: 'bands',
          bands: [
            { minRatio: 1, points: 2.5 },
            { minRatio: 0.9, points: '0.005' },
          ],
        }),
      ).toEqual([
        ['METHOD_BAND_POINTS_ABOVE_MAX', 'criteria[1].method.bands[0].points'],
        ['POINTS_TOO_MANY_DECIMALS', 'criteria[1].method.bands[1].points'],
      ]);
      expect(
        methodProblems(2, {
          kind: 'bands',
          bands: [
            { minRatio: 1, points: 1 },
            { minRatio: 0.9, points: 2 },
          ],
        }),
      ).toEqual([['METHOD_BANDS_POINTS_NOT_DESCENDING', 'criteria[1].method.bands[1].points']]);
      expect(
        methodProblems(2, {
          kind: 'bands',
          bands: [
            { minRatio: '1', points: 2 },
            { minRatio: '0.955', points: 1 },
          ],
        }),
      ).toEqual([]);
    });

    it('deduction: a positive amount per occurrence and a cap within the max', () => {
      expect(methodProblems(1, { kind: 'deduction', perOccurrence: 0, cap: 1 })).toEqual([
        ['METHOD_DEDUCTION_NOT_POSITIVE', 'criteria[1].method.perOccurrence'],
      ]);
      expect(methodProblems(1, { kind: 'deduction', perOccurrence: 0.5, cap: 0 })).toEqual([['METHOD_DEDUCTION_CAP_NOT_POSITIVE', 'criteria[1].method.cap']]);
      expect(methodProblems(1, { kind: 'deduction', perOccurrence: 0.5, cap: 1.5 })).toEqual([['METHOD_DEDUCTION_CAP_ABOVE_MAX', 'criteria[1].method.cap']]);
      expect(methodProblems(1, { kind: 'deduction', perOccurrence: 0.5 })).toEqual([]);
    });

    it('an unknown kind', () => {
      expect(methodProblems(1, { kind: 'vote' })).toEqual([['METHOD_KIND_UNKNOWN', 'criteria[1].method.kind']]);
    });

    it('still checks the parameters when the max itself is broken', () => {
      expect(methodProblems('abc', { kind: 'manual', step: -1 })).toEqual([
        ['POINTS_MALFORMED', 'criteria[1].maxPoints'],
        ['METHOD_STEP_NOT_POSITIVE', 'criteria[1].method.step'],
      ]);
    });
  });
});
