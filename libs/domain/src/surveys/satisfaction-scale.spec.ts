import { isSatisfied, parseSatisfactionScale, SatisfactionScale, unwrapSurvey } from '..';

const SIPAS_SCALE = { min: 1, max: 5, satisfied: [4, 5] };

/** The codes and fields of every problem found in a scale. */
function problems(input: unknown): { code: string; field: string }[] {
  const result = parseSatisfactionScale(input);
  if (result.ok) return [];
  return result.errors.map(({ code, field }) => ({ code, field }));
}

describe('parseSatisfactionScale', () => {
  it.each([
    ['the SIPAS 1–5 scale, satisfied 4 and 5', SIPAS_SCALE, [4, 5]],
    ['an 11-point 0–10 scale, satisfied 7 to 10', { min: 0, max: 10, satisfied: [10, 9, 8, 7] }, [7, 8, 9, 10]],
    ['a yes/no question as 0–1, satisfied 1', { min: 0, max: 1, satisfied: [1] }, [1]],
    ['a scale below zero (−2 … 2), satisfied 1 and 2', { min: -2, max: 2, satisfied: [2, 1] }, [1, 2]],
    ['the widest scale allowed (0–100)', { min: 0, max: 100, satisfied: [100] }, [100]],
  ])('accepts %s, satisfied answers ascending', (_name, input, satisfied) => {
    const scale = unwrapSurvey(parseSatisfactionScale(input));
    expect(scale.satisfied).toEqual(satisfied);
    expect(Object.isFrozen(scale) && Object.isFrozen(scale.satisfied)).toBe(true);
  });

  it.each([
    ['not an object', 'min 1 max 5', [{ code: 'SCALE_INVALID', field: 'scale' }]],
    ['a list', [1, 5], [{ code: 'SCALE_INVALID', field: 'scale' }]],
    ['null', null, [{ code: 'SCALE_INVALID', field: 'scale' }]],
    ['min missing', { max: 5, satisfied: [5] }, [{ code: 'SCALE_INVALID', field: 'scale.min' }]],
    ['min as text', { min: '1', max: 5, satisfied: [5] }, [{ code: 'SCALE_INVALID', field: 'scale.min' }]],
    ['max fractional', { min: 1, max: 4.5, satisfied: [4] }, [{ code: 'SCALE_INVALID', field: 'scale.max' }]],
    ['max not finite', { min: 1, max: Infinity, satisfied: [4] }, [{ code: 'SCALE_INVALID', field: 'scale.max' }]],
    ['min equal to max', { min: 3, max: 3, satisfied: [3] }, [{ code: 'SCALE_INVALID', field: 'scale.max' }]],
    ['min above max', { min: 5, max: 1, satisfied: [4, 5] }, [{ code: 'SCALE_INVALID', field: 'scale.max' }]],
    ['a span above 100', { min: 0, max: 101, satisfied: [101] }, [{ code: 'SCALE_INVALID', field: 'scale.max' }]],
    ['satisfied missing', { min: 1, max: 5 }, [{ code: 'SCALE_INVALID', field: 'scale.satisfied' }]],
    ['satisfied empty', { min: 1, max: 5, satisfied: [] }, [{ code: 'SCALE_INVALID', field: 'scale.satisfied' }]],
    ['satisfied not a list', { min: 1, max: 5, satisfied: 4 }, [{ code: 'SCALE_INVALID', field: 'scale.satisfied' }]],
    ['a satisfied answer above max', { min: 1, max: 5, satisfied: [5, 6] }, [{ code: 'SCALE_INVALID', field: 'scale.satisfied[1]' }]],
    ['a satisfied answer below min', { min: 1, max: 5, satisfied: [0] }, [{ code: 'SCALE_INVALID', field: 'scale.satisfied[0]' }]],
    ['a satisfied answer fractional', { min: 1, max: 5, satisfied: [4.5] }, [{ code: 'SCALE_INVALID', field: 'scale.satisfied[0]' }]],
    ['a satisfied answer as text', { min: 1, max: 5, satisfied: ['5'] }, [{ code: 'SCALE_INVALID', field: 'scale.satisfied[0]' }]],
    ['a satisfied answer listed twice', { min: 1, max: 5, satisfied: [4, 5, 4] }, [{ code: 'SCALE_INVALID', field: 'scale.satisfied[2]' }]],
  ])('refuses %s, naming the field', (_name, input, expected) => {
    expect(problems(input)).toEqual(expected);
  });

  it('reports every problem at once', () => {
    expect(problems({ min: 'một', max: 5.5, satisfied: [4, 'năm', 4] })).toEqual([
      { code: 'SCALE_INVALID', field: 'scale.min' },
      { code: 'SCALE_INVALID', field: 'scale.max' },
      { code: 'SCALE_INVALID', field: 'scale.satisfied[1]' },
      { code: 'SCALE_INVALID', field: 'scale.satisfied[2]' },
    ]);
  });

  it('says what is wrong in the message', () => {
    const result = parseSatisfactionScale({ min: 1, max: 5, satisfied: [4, 7] }, 'questionnaire.scale');
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual(['questionnaire.scale.satisfied[1] 7 is not on the scale 1–5']);
  });

  it('refuses a satisfied list longer than any scale with one error, not one per entry', () => {
    const result = parseSatisfactionScale({ min: 1, max: 5, satisfied: Array(100_000).fill('x') });
    expect(result.ok ? [] : result.errors.map(({ field, value }) => ({ field, value }))).toEqual([{ field: 'scale.satisfied', value: 100_000 }]);
  });
});

describe('isSatisfied', () => {
  const scale: SatisfactionScale = unwrapSurvey(parseSatisfactionScale(SIPAS_SCALE));

  it.each([
    [1, false],
    [2, false],
    [3, false],
    [4, true],
    [5, true],
  ])('on the 1–5 scale satisfied by 4 and 5, answer %i is satisfied: %s', (answer, satisfied) => {
    expect(isSatisfied(scale, answer)).toEqual({ ok: true, value: satisfied });
  });

  it.each([0, 6, -1, 4.5, Number.NaN, Infinity])('refuses answer %s as off the scale', (answer) => {
    const result = isSatisfied(scale, answer, 'rows[12].answer');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ code: 'ANSWER_OFF_SCALE', field: 'rows[12].answer' });
      expect(result.error.message).toContain('from 1 to 5');
    }
  });
});
