import { surveyReason } from './survey-reason';

describe("the survey's reason in the audit trail", () => {
  it('names the campaign, the index with a decimal comma and the respondents', () => {
    expect(surveyReason('sipas-2025', '81.50', 412)).toBe('Khảo sát sipas-2025: chỉ số 81,50 %, 412 người trả lời');
  });

  it('writes thousands with dots, as Vietnamese does', () => {
    expect(surveyReason('xhh-2025', '100.00', 1234)).toBe('Khảo sát xhh-2025: chỉ số 100,00 %, 1.234 người trả lời');
    expect(surveyReason('xhh-2025', '0.00', 1_234_567)).toBe('Khảo sát xhh-2025: chỉ số 0,00 %, 1.234.567 người trả lời');
  });
});
