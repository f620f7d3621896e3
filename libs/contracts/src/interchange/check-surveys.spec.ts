import { parseCycleFile } from './parse-cycle-file';
import { InterchangeError } from './interchange-error';
import { Draft } from './worked-example.fixture';
import { sociologicalSurvey, surveyedExampleFile } from './surveyed-example.fixture';

/** The problems of a file, as a clerk would read them. */
function problems(json: unknown): Pick<InterchangeError, 'code' | 'message' | 'unit' | 'criterion' | 'value'>[] {
  const result = parseCycleFile(json);
  if (result.ok) return [];
  return result.errors.map(({ code, message, unit, criterion, value }) => ({ code, message, unit, criterion, value }));
}

const changed = (change: (draft: Draft) => void): Draft => {
  const draft = surveyedExampleFile();
  change(draft);
  return draft;
};
const sipas = (draft: Draft) => draft.surveys[0];
const result = (draft: Draft) => sipas(draft).results[0];
const AT = 'surveys[campaign=sipas-2025].results[unit=so-x,criterion=3.5]';

describe('the surveys of a cycle file (v1.1)', () => {
  it('accepts the SIPAS result of Department X and returns it as written', () => {
    const parsed = parseCycleFile(surveyedExampleFile());
    expect(parsed.ok && parsed.value.surveys).toEqual(surveyedExampleFile().surveys);
  });

  it('accepts points the province computed by its own rule, not maxPoints × index / 100', () => {
    expect(
      problems(
        changed((d) => {
          Object.assign(result(d), { index: 87.5, points: 3 });
        }),
      ),
    ).toEqual([]);
  });

  it('accepts a result without appliedAt, two campaigns on the same leaf, and an empty list', () => {
    expect(problems(changed((d) => d.surveys.push(sociologicalSurvey('3.00'))))).toEqual([]);
    expect(problems(changed((d) => delete result(d).appliedAt))).toEqual([]);
    expect(problems(changed((d) => (d.surveys = [])))).toEqual([]);
  });

  describe('the shape', () => {
    it.each<[string, (draft: Draft) => void, string, unknown]>([
      [
        'a list that is no list',
        (d) => {
          d.surveys = { campaign: 'sipas-2025' };
        },
        'surveys: must be a list',
        { campaign: 'sipas-2025' },
      ],
      [
        'an unknown kind of campaign',
        (d) => {
          sipas(d).kind = 'KHAO_SAT';
        },
        'surveys[campaign=sipas-2025].kind: must be one of SIPAS, SOCIOLOGICAL, PAPI, DGI',
        'KHAO_SAT',
      ],
      [
        'a blank title',
        (d) => {
          sipas(d).title = '  ';
        },
        'surveys[campaign=sipas-2025].title: must not be blank',
        '  ',
      ],
      [
        'an empty campaign id',
        (d) => {
          sipas(d).campaign = '';
        },
        'surveys[#0].campaign: must be a non-empty string',
        '',
      ],
      [
        'a campaign without results',
        (d) => {
          delete sipas(d).results;
        },
        'surveys[campaign=sipas-2025].results: is required',
        undefined,
      ],
      [
        'a negative number of respondents',
        (d) => {
          result(d).respondents = -1;
        },
        `${AT}.respondents: must not be negative`,
        -1,
      ],
      [
        'a fractional number of answers',
        (d) => {
          result(d).answers = 400.5;
        },
        `${AT}.answers: must be a whole number`,
        400.5,
      ],
      [
        'an index that is neither number nor string',
        (d) => {
          result(d).index = null;
        },
        `${AT}.index: must be a number or a decimal string such as "87.50"`,
        null,
      ],
      [
        'a time without its offset',
        (d) => {
          result(d).appliedAt = '2025-12-15T10:00:00';
        },
        `${AT}.appliedAt: must be a date written YYYY-MM-DD or a date-time with its offset, such as 2022-11-15T09:30:00+07:00`,
        '2025-12-15T10:00:00',
      ],
    ])('rejects %s', (_, change, message, value) => {
      expect(problems(changed(change))).toEqual([expect.objectContaining({ code: 'SHAPE_INVALID', message, value })]);
    });

    it('names the unit and criterion of a result with a shape error', () => {
      const [problem] = problems(changed((d) => (result(d).respondents = '120')));
      expect(problem).toEqual({ code: 'SHAPE_INVALID', message: `${AT}.respondents: must be a whole number`, unit: 'so-x', criterion: '3.5', value: '120' });
    });
  });

  describe('each result', () => {
    it.each<[string, (draft: Draft) => void, { code: string; message: string; value: unknown; criterion?: string }]>([
      [
        'on a unit the file lacks',
        (d) => {
          result(d).unit = 'so-y';
        },
        {
          code: 'UNIT_UNKNOWN',
          message: 'surveys[campaign=sipas-2025].results[unit=so-y,criterion=3.5].unit: unit "so-y" is not in units',
          value: 'so-y',
        },
      ],
      [
        'on a criterion the set lacks',
        (d) => {
          result(d).criterion = '3.9';
        },
        {
          code: 'CRITERION_UNKNOWN',
          message: 'surveys[campaign=sipas-2025].results[unit=so-x,criterion=3.9].criterion: criterion "3.9" is not in criteria set "set-departments"',
          value: '3.9',
          criterion: '3.9',
        },
      ],
      [
        'on a field rather than a leaf',
        (d) => {
          result(d).criterion = '3';
        },
        {
          code: 'CRITERION_UNKNOWN',
          message:
            'surveys[campaign=sipas-2025].results[unit=so-x,criterion=3].criterion: criterion "3" has sub-criteria in criteria set "set-departments"; only leaves carry points',
          value: '3',
          criterion: '3',
        },
      ],
      [
        'on a leaf the unit scores itself',
        (d) => {
          Object.assign(result(d), { criterion: '1.1', points: 1 });
        },
        {
          code: 'CRITERION_NOT_SURVEY_HELD',
          message: 'surveys[campaign=sipas-2025].results[unit=so-x,criterion=1.1].criterion: criterion "1.1" is not held for a survey: its source is "self"',
          value: '1.1',
          criterion: '1.1',
        },
      ],
      [
        'with an index above 100',
        (d) => {
          result(d).index = '100.01';
        },
        { code: 'SURVEY_INDEX_OUT_OF_RANGE', message: `${AT}.index: "100.01" must be a percentage from 0 to 100`, value: '100.01' },
      ],
      [
        'with an index below 0',
        (d) => {
          result(d).index = -0.5;
        },
        { code: 'SURVEY_INDEX_OUT_OF_RANGE', message: `${AT}.index: -0.5 must be a percentage from 0 to 100`, value: -0.5 },
      ],
      [
        'with an index of 3 decimals',
        (d) => {
          result(d).index = 87.505;
        },
        { code: 'POINTS_TOO_MANY_DECIMALS', message: `${AT}.index: 87.505 has more than 2 decimal places`, value: 87.505 },
      ],
      [
        'with an index written with a decimal comma',
        (d) => {
          result(d).index = '87,50';
        },
        { code: 'POINTS_MALFORMED', message: `${AT}.index: "87,50" is not a decimal number`, value: '87,50' },
      ],
      [
        'with points above the leaf maximum',
        (d) => {
          result(d).points = 4.5;
        },
        { code: 'SCORE_ABOVE_MAX', message: `${AT}.points: 4.50 is above the maximum 4.00`, value: 4.5 },
      ],
      [
        'with points below 0',
        (d) => {
          result(d).points = '-0.01';
        },
        { code: 'SCORE_BELOW_ZERO', message: `${AT}.points: -0.01 is below 0`, value: '-0.01' },
      ],
      [
        'with points of 3 decimals',
        (d) => {
          result(d).points = '3.505';
        },
        { code: 'POINTS_TOO_MANY_DECIMALS', message: `${AT}.points: "3.505" has more than 2 decimal places`, value: '3.505' },
      ],
      [
        "with points off the leaf's step",
        (d) => {
          d.criteriaSets[0].criteria[1].children[1].method.step = 0.25;
          result(d).points = '3.6';
        },
        { code: 'SCORE_OFF_STEP', message: `${AT}.points: 3.60 is not a multiple of the step 0.25`, value: '3.6' },
      ],
    ])('rejects one %s', (_, change, expected) => {
      expect(problems(changed(change))).toEqual([{ unit: result(changed(change)).unit, criterion: '3.5', ...expected }]);
    });

    it('rejects a unit given two results on one leaf by the same campaign', () => {
      const draft = changed((d) => sipas(d).results.push({ ...result(d), points: '3.00' }));
      expect(problems(draft)).toEqual([
        {
          code: 'SURVEY_RESULT_DUPLICATE',
          message: `${AT}.criterion: unit "so-x" has more than one result on criterion "3.5" in campaign "sipas-2025"`,
          unit: 'so-x',
          criterion: '3.5',
          value: '3.5',
        },
      ]);
    });

    it('rejects a campaign listed twice, and checks only its first entry', () => {
      const draft = changed((d) => d.surveys.push({ ...sipas(d), title: 'Khảo sát SIPAS 2025 (bổ sung)', results: [{ ...result(d), points: 9 }] }));
      expect(problems(draft)).toEqual([
        {
          code: 'ID_DUPLICATE',
          message: 'surveys[campaign=sipas-2025].campaign: campaign "sipas-2025" is listed more than once in surveys',
          unit: undefined,
          criterion: undefined,
          value: 'sipas-2025',
        },
      ]);
    });

    it('reports every problem of a result, in the order it is written', () => {
      const draft = changed((d) => Object.assign(result(d), { criterion: '7.3', index: 101, points: 9 }));
      expect(problems(draft).map((problem) => problem.code)).toEqual(['CRITERION_NOT_SURVEY_HELD', 'SURVEY_INDEX_OUT_OF_RANGE']);
      const indexAndPoints = changed((d) => Object.assign(result(d), { index: 101, points: 9 }));
      expect(problems(indexAndPoints).map((problem) => problem.code)).toEqual(['SURVEY_INDEX_OUT_OF_RANGE', 'SCORE_ABOVE_MAX']);
    });

    it('reports each error as JSON with its field, unit, criterion and value', () => {
      const parsed = parseCycleFile(changed((d) => (result(d).points = 4.5)));
      expect(!parsed.ok && JSON.parse(JSON.stringify(parsed.errors))).toEqual([
        {
          code: 'SCORE_ABOVE_MAX',
          message: `${AT}.points: 4.50 is above the maximum 4.00`,
          field: `${AT}.points`,
          value: 4.5,
          unit: 'so-x',
          criterion: '3.5',
        },
      ]);
    });
  });
});
