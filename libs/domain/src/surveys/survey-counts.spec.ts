import { checkSurveyCounts, summarizeSurvey, SurveyCountsInput, UnitSurveyCounts } from '..';

const ASPECTS = ['TC', 'TTHC'];
const tuPhap = (change: Partial<UnitSurveyCounts> = {}): UnitSurveyCounts => ({
  unit: 'so-tu-phap',
  respondents: 10,
  aspects: [{ code: 'TC', answers: 20, satisfied: 15 }],
  ...change,
});

const problems = (input: SurveyCountsInput) => checkSurveyCounts(input).map(({ code, field }) => ({ code, field }));
const ofUnits = (...units: unknown[]) => problems({ aspects: ASPECTS, units: units as UnitSurveyCounts[] });

describe('checkSurveyCounts', () => {
  it('finds nothing wrong with well-formed counts', () => {
    expect(ofUnits(tuPhap(), tuPhap({ unit: 'so-y-te', respondents: 0, aspects: [] }))).toEqual([]);
  });

  it.each([
    ['respondents negative', tuPhap({ respondents: -1 }), 'SURVEY_COUNT_INVALID', 'units[so-tu-phap].respondents'],
    ['respondents fractional', tuPhap({ respondents: 2.5 }), 'SURVEY_COUNT_INVALID', 'units[so-tu-phap].respondents'],
    ['respondents as text', tuPhap({ respondents: '10' as unknown as number }), 'SURVEY_COUNT_INVALID', 'units[so-tu-phap].respondents'],
    ['answers without respondents', tuPhap({ respondents: 0 }), 'SURVEY_COUNT_INVALID', 'units[so-tu-phap].respondents'],
    ['answers negative', tuPhap({ aspects: [{ code: 'TC', answers: -20, satisfied: 0 }] }), 'SURVEY_COUNT_INVALID', 'units[so-tu-phap].aspects[TC].answers'],
    [
      'more satisfied than given',
      tuPhap({ aspects: [{ code: 'TC', answers: 20, satisfied: 21 }] }),
      'SURVEY_COUNT_INVALID',
      'units[so-tu-phap].aspects[TC].satisfied',
    ],
    [
      'satisfied not finite',
      tuPhap({ aspects: [{ code: 'TTHC', answers: 20, satisfied: Infinity }] }),
      'SURVEY_COUNT_INVALID',
      'units[so-tu-phap].aspects[TTHC].satisfied',
    ],
    [
      'an aspect the questionnaire lacks',
      tuPhap({ aspects: [{ code: 'XYZ', answers: 1, satisfied: 1 }] }),
      'SURVEY_ASPECT_UNKNOWN',
      'units[so-tu-phap].aspects[#0].code',
    ],
    [
      'an aspect listed twice',
      tuPhap({
        aspects: [
          { code: 'TC', answers: 1, satisfied: 1 },
          { code: 'TC', answers: 2, satisfied: 1 },
        ],
      }),
      'SURVEY_ASPECT_DUPLICATE',
      'units[so-tu-phap].aspects[#1].code',
    ],
    ['aspects not a list', tuPhap({ aspects: null as unknown as [] }), 'SURVEY_COUNT_INVALID', 'units[so-tu-phap].aspects'],
    ['a blank unit id', tuPhap({ unit: '  ' }), 'SURVEY_UNIT_MISSING', 'units[#0].unit'],
    ['no unit id', tuPhap({ unit: undefined as unknown as string }), 'SURVEY_UNIT_MISSING', 'units[#0].unit'],
  ])('refuses %s, naming the field', (_name, unit, code, field) => {
    expect(ofUnits(unit)).toEqual([{ code, field }]);
  });

  it('refuses a unit listed twice (its counts must be summed first)', () => {
    expect(ofUnits(tuPhap(), tuPhap())).toEqual([{ code: 'SURVEY_UNIT_DUPLICATE', field: 'units[so-tu-phap].unit' }]);
  });

  it('names a unit with a very long id by its position, and bounds the value it keeps', () => {
    const unit = 'u'.repeat(10_000);
    const [error] = checkSurveyCounts({ aspects: ASPECTS, units: [tuPhap({ unit, respondents: -1 })] });
    expect(error.field).toBe('units[#0].respondents');
    expect(checkSurveyCounts({ aspects: ASPECTS, units: [tuPhap({ unit: 5 as unknown as string })] })[0].message.length).toBeLessThan(200);
  });

  it.each([
    [['TC', 'TC'], 'SURVEY_ASPECT_DUPLICATE', 'aspects[#1]'],
    [['TC', ''], 'SURVEY_ASPECT_UNKNOWN', 'aspects[#1]'],
  ])("refuses the questionnaire's aspects %p", (aspects, code, field) => {
    expect(problems({ aspects, units: [] })).toEqual([{ code, field }]);
  });

  it('reports every problem at once, and summarizeSurvey refuses them all', () => {
    const input = {
      aspects: ASPECTS,
      units: [
        tuPhap({ respondents: -1, aspects: [{ code: 'TC', answers: 5, satisfied: 6 }] }),
        tuPhap({ unit: 'so-y-te', aspects: [{ code: 'KQ', answers: 1, satisfied: 0 }] }),
      ],
    };
    const expected = [
      { code: 'SURVEY_COUNT_INVALID', field: 'units[so-tu-phap].respondents' },
      { code: 'SURVEY_COUNT_INVALID', field: 'units[so-tu-phap].aspects[TC].satisfied' },
      { code: 'SURVEY_ASPECT_UNKNOWN', field: 'units[so-y-te].aspects[#0].code' },
    ];
    expect(problems(input)).toEqual(expected);
    const result = summarizeSurvey(input);
    expect(result.ok ? [] : result.errors.map(({ code, field }) => ({ code, field }))).toEqual(expected);
  });

  it('says what is wrong in the message', () => {
    const [error] = checkSurveyCounts({ aspects: ASPECTS, units: [tuPhap({ aspects: [{ code: 'TC', answers: 20, satisfied: 21 }] })] });
    expect(error.message).toBe('units[so-tu-phap].aspects[TC].satisfied 21 is more than the 20 answers given');
  });
});
