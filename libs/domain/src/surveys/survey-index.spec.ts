import { parseSurveyIndex } from '..';

const read = (input: unknown) => {
  const parsed = parseSurveyIndex(input);
  return parsed.ok ? parsed.value.toString() : { code: parsed.error.code, message: parsed.error.message, field: parsed.error.field };
};

describe('parseSurveyIndex', () => {
  it.each<[unknown, string]>([
    ['87.50', '87.50'],
    [87.5, '87.50'],
    [0, '0.00'],
    ['100', '100.00'],
    ['-0', '0.00'],
  ])('reads %p as the index %s', (input, expected) => {
    expect(read(input)).toBe(expected);
  });

  it.each<[unknown, string, string]>([
    ['100.01', 'SURVEY_INDEX_OUT_OF_RANGE', 'index "100.01" must be a percentage from 0 to 100'],
    [-0.5, 'SURVEY_INDEX_OUT_OF_RANGE', 'index -0.5 must be a percentage from 0 to 100'],
    ['87.505', 'POINTS_TOO_MANY_DECIMALS', 'index "87.505" has more than 2 decimal places'],
    ['87,5', 'POINTS_MALFORMED', 'index "87,5" is not a decimal number'],
    [true, 'POINTS_MALFORMED', 'index true is not a decimal number'],
  ])('refuses %p: %s', (input, code, message) => {
    expect(read(input)).toEqual({ code, message, field: 'index' });
  });

  it('names the field it is told', () => {
    const parsed = parseSurveyIndex('101', 'results[3].index');
    expect(!parsed.ok && [parsed.error.field, parsed.error.message]).toEqual(['results[3].index', 'results[3].index "101" must be a percentage from 0 to 100']);
  });
});
