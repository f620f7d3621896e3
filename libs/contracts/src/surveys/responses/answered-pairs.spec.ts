import { AnsweredPairs } from './answered-pairs';

describe('AnsweredPairs: one answer per respondent and question in a file', () => {
  it('takes a first answer and refuses the same respondent answering the same question again', () => {
    const pairs = new AnsweredPairs(['TC1', 'TC2']);
    expect(pairs.add('PV-0001', 'TC1')).toBe(true);
    expect(pairs.add('PV-0001', 'TC2')).toBe(true);
    expect(pairs.add('PV-0002', 'TC1')).toBe(true);
    expect(pairs.add('PV-0001', 'TC1')).toBe(false);
    expect(pairs.add('PV-0002', 'TC2')).toBe(true);
  });

  it('tells every question apart in a questionnaire longer than one mask (70 questions)', () => {
    const questions = Array.from({ length: 70 }, (_, index) => `Q${index + 1}`);
    const pairs = new AnsweredPairs(questions);
    for (const question of questions) expect(pairs.add('PV-0001', question)).toBe(true);
    for (const question of questions) expect(pairs.add('PV-0001', question)).toBe(false);
    expect(pairs.add('PV-0002', 'Q70')).toBe(true);
  });

  it('refuses a question outside the questionnaire, as a programming error', () => {
    expect(() => new AnsweredPairs(['TC1']).add('PV-0001', 'XX9')).toThrow(/"XX9" is not a question/);
  });
});
