import { DOMAIN_ERROR_CODES, DomainError, SURVEY_RULE_ERROR_CODES, SurveyRuleError } from '..';

describe('SurveyRuleError', () => {
  it('declares every survey code among the domain codes, as a refusal of the input', () => {
    expect(SURVEY_RULE_ERROR_CODES.every((code) => DOMAIN_ERROR_CODES[code] === 'invalid')).toBe(true);
    expect(new SurveyRuleError('SCALE_INVALID', 'scale.min must be a whole number', { field: 'scale.min' })).toBeInstanceOf(DomainError);
  });

  it('carries its code, category, field and value, also as JSON', () => {
    const error = new SurveyRuleError('SCALE_INVALID', 'scale.min "một" must be a whole number', { field: 'scale.min', value: 'một' });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'SurveyRuleError', code: 'SCALE_INVALID', category: 'invalid', field: 'scale.min', value: 'một' });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'SCALE_INVALID',
      message: 'scale.min "một" must be a whole number',
      field: 'scale.min',
      value: 'một',
    });
  });

  it('places its field under a path', () => {
    const error = new SurveyRuleError('SCALE_INVALID', 'm', { field: 'scale.max', value: 0 }).under('questionnaire');
    expect(error).toMatchObject({ code: 'SCALE_INVALID', field: 'questionnaire.scale.max', value: 0, category: 'invalid' });
  });

  it('keeps no more than 80 characters of a received text or object, so a pasted file is never echoed back', () => {
    const pasted = 'Nguyễn Văn A, 0912 345 678, '.repeat(10_000);
    expect(new SurveyRuleError('ANSWER_OFF_SCALE', 'm', { field: 'answer', value: pasted }).value).toBe(`${pasted.slice(0, 80)}…`);
    const value = new SurveyRuleError('SCALE_INVALID', 'm', { field: 'scale', value: { satisfied: Array(10_000).fill(4) } }).value as string;
    expect(value.length).toBeLessThanOrEqual(81);
    expect(value.startsWith('{"satisfied":[4,4,')).toBe(true);
  });

  it('does not cut a character in half', () => {
    const value = new SurveyRuleError('SCALE_INVALID', 'm', { field: 'scale', value: `${'a'.repeat(79)}😀😀` }).value as string;
    expect(value).toBe(`${'a'.repeat(79)}…`);
  });

  it('keeps numbers, booleans, null and nothing as they are', () => {
    for (const value of [4.5, -1, Number.NaN, true, null, undefined]) {
      expect(new SurveyRuleError('ANSWER_OFF_SCALE', 'm', { field: 'answer', value }).value).toBe(value);
    }
  });
});
