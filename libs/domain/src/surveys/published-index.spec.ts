import { checkPublishedScores, PUBLISHED_INDEX_RULE_ERROR_CODES, PublishedDimensionFigures, publishedText, subDimensionTolerance } from '..';

/** PAPI's first dimension as published: "Tham gia của người dân ở cấp cơ sở" and its four sub-dimensions. */
const participation = (change: Partial<PublishedDimensionFigures> = {}): PublishedDimensionFigures => ({
  code: 'D1',
  score: '5.1420',
  max: 10,
  subDimensions: [
    { code: 'D1.1', score: '0.9812' },
    { code: 'D1.2', score: '1.5316' },
    { code: 'D1.3', score: '1.6054' },
    { code: 'D1.4', score: '1.0238' },
  ],
  ...change,
});
const transparency: PublishedDimensionFigures = { code: 'D2', score: 5.2514, max: '10' };

function problems(dimensions: readonly PublishedDimensionFigures[]) {
  const checked = checkPublishedScores(dimensions);
  if (checked.ok) throw new Error('expected the figures to be refused');
  return checked.errors.map((error) => ({ code: error.code, field: error.field }));
}

describe('checkPublishedScores: a province’s published PAPI or DGI figures', () => {
  it('accepts figures as numbers or strings with up to 4 places and computes the total of the dimensions', () => {
    const checked = checkPublishedScores([participation(), transparency]);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(publishedText(checked.value.total)).toBe('10.3934');
    expect(publishedText(checked.value.maxTotal)).toBe('20.0000');
    expect(checked.value.dimensions.map((dimension) => [dimension.code, publishedText(dimension.score), dimension.subDimensions.length])).toEqual([
      ['D1', '5.1420', 4],
      ['D2', '5.2514', 0],
    ]);
  });

  it('accepts the bounds of the scale: 0 and the maximum itself', () => {
    expect(
      checkPublishedScores([
        { code: 'D7', score: 0, max: 10 },
        { code: 'D8', score: '10.0000', max: 10 },
      ]).ok,
    ).toBe(true);
  });

  it.each<[string, unknown, string]>([
    ['a score above its maximum', '10.0001', 'PUBLISHED_SCORE_OUT_OF_RANGE'],
    ['a negative score', -0.5, 'PUBLISHED_SCORE_OUT_OF_RANGE'],
    ['a score with 5 places', '5.25141', 'PUBLISHED_SCORE_TOO_MANY_DECIMALS'],
    ['a JavaScript sum with float noise', 0.1 + 0.2, 'PUBLISHED_SCORE_TOO_MANY_DECIMALS'],
    ['a decimal comma', '5,2514', 'PUBLISHED_SCORE_MALFORMED'],
    ['an exponent', '5e0', 'PUBLISHED_SCORE_MALFORMED'],
    ['no score', undefined, 'PUBLISHED_SCORE_MALFORMED'],
    ['a score that is not a number', true, 'PUBLISHED_SCORE_MALFORMED'],
    ['an endless string', '1'.repeat(10_000), 'PUBLISHED_SCORE_MALFORMED'],
  ])('refuses %s, naming the dimension', (_case, score, code) => {
    expect(problems([{ ...transparency, score }])).toEqual([{ code, field: 'dimensions[D2].score' }]);
  });

  it.each<[string, unknown]>([
    ['zero', 0],
    ['negative', -10],
    ['with 5 places', '10.00001'],
    ['missing', undefined],
  ])('refuses a maximum that is %s (PUBLISHED_MAX_INVALID)', (_case, max) => {
    expect(problems([{ ...transparency, max }])).toContainEqual({ code: 'PUBLISHED_MAX_INVALID', field: 'dimensions[D2].max' });
  });

  it('refuses a sub-dimension outside [0, the dimension’s max]', () => {
    const subDimensions = [
      { code: 'D1.1', score: '-0.0001' },
      { code: 'D1.2', score: '5.1421' },
    ];
    expect(problems([participation({ subDimensions })])).toEqual([{ code: 'PUBLISHED_SCORE_OUT_OF_RANGE', field: 'dimensions[D1].subDimensions[D1.1].score' }]);
  });

  describe('sub-dimensions sum to their dimension within the rounding of published figures', () => {
    it('allows (k + 1) × 0.00005 for k sub-dimensions: each figure, the dimension included, is rounded half-up to 4 places', () => {
      expect(subDimensionTolerance(4).toFixed()).toBe('0.00025');
      expect(subDimensionTolerance(0).toFixed()).toBe('0.00005');
    });

    it('accepts a gap of 0.0002 over 4 sub-dimensions (the published rounding can make it)', () => {
      // True values 0.98124, 1.53164, 1.60544, 1.02374 sum to 5.14206 → published 5.1421, the parts sum to 5.1420.
      expect(checkPublishedScores([participation({ score: '5.1422' })]).ok).toBe(true);
      expect(checkPublishedScores([participation({ score: '5.1418' })]).ok).toBe(true);
    });

    it('refuses a gap of 0.0003 over 4 sub-dimensions (PUBLISHED_SUM_MISMATCH), saying by how much', () => {
      const checked = checkPublishedScores([participation({ score: '5.1423' })]);
      expect(checked.ok).toBe(false);
      if (checked.ok) return;
      expect(checked.errors).toHaveLength(1);
      expect(checked.errors[0]).toMatchObject({ code: 'PUBLISHED_SUM_MISMATCH', field: 'dimensions[D1].subDimensions', value: '5.142' });
      expect(checked.errors[0].message).toContain('at most 0.00025');
    });

    it('refuses a missing sub-dimension (the parts fall short by a whole figure)', () => {
      const subDimensions = participation().subDimensions?.slice(0, 3);
      expect(problems([participation({ subDimensions })])).toEqual([{ code: 'PUBLISHED_SUM_MISMATCH', field: 'dimensions[D1].subDimensions' }]);
    });

    it('does not add a sum mismatch on top of a malformed sub-dimension', () => {
      const subDimensions = [{ code: 'D1.1', score: 'n/a' }];
      expect(problems([participation({ subDimensions })])).toEqual([{ code: 'PUBLISHED_SCORE_MALFORMED', field: 'dimensions[D1].subDimensions[D1.1].score' }]);
    });
  });

  it('refuses codes used twice, among dimensions and among one dimension’s sub-dimensions, naming their position', () => {
    const subDimensions = [
      { code: 'D1.1', score: '2.5710' },
      { code: 'D1.1', score: '2.5710' },
    ];
    expect(problems([participation({ subDimensions }), transparency, { ...transparency }])).toEqual([
      { code: 'PUBLISHED_CODE_DUPLICATE', field: 'dimensions[D1].subDimensions[#1].code' },
      { code: 'PUBLISHED_CODE_DUPLICATE', field: 'dimensions[#2].code' },
    ]);
  });

  it('refuses an index without dimensions', () => {
    expect(problems([])).toEqual([{ code: 'PUBLISHED_DIMENSIONS_MISSING', field: 'dimensions' }]);
  });

  it('reports every problem at once', () => {
    expect(
      problems([
        { ...transparency, score: '11' },
        { code: 'D3', score: 'x', max: 0 },
      ]).map((problem) => problem.code),
    ).toEqual(['PUBLISHED_SCORE_OUT_OF_RANGE', 'PUBLISHED_MAX_INVALID', 'PUBLISHED_SCORE_MALFORMED']);
  });

  it('names an entry by position when its code cannot key a path, and never echoes a long value whole', () => {
    const [problem] = (() => {
      const checked = checkPublishedScores([{ code: 'a b', score: 'x'.repeat(5_000), max: 10 }]);
      return checked.ok ? [] : checked.errors;
    })();
    expect(problem.field).toBe('dimensions[#0].score');
    expect(problem.message.length).toBeLessThan(200);
    expect(String(problem.value).length).toBeLessThanOrEqual(81);
  });

  it('has codes of its own, all about the input', () => {
    expect(new Set(PUBLISHED_INDEX_RULE_ERROR_CODES).size).toBe(PUBLISHED_INDEX_RULE_ERROR_CODES.length);
  });
});
