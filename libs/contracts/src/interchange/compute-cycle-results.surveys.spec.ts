import { computeCycleResults } from './compute-cycle-results';
import { parseCycleFile } from './parse-cycle-file';
import { Draft } from './worked-example.fixture';
import { sociologicalSurvey, surveyedExampleFile } from './surveyed-example.fixture';

/** Department X's row of a file that must first pass the parser, as the CLI would compute it. */
function departmentX(json: unknown) {
  const parsed = parseCycleFile(json);
  if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('\n'));
  const { appraisedTotal, applicableMax, index, class: classification } = computeCycleResults(parsed.value).groups[0].results[0];
  return { appraisedTotal, applicableMax, index, class: classification };
}

const changed = (change: (draft: Draft) => void): Draft => {
  const draft = surveyedExampleFile();
  change(draft);
  return draft;
};
const appraisedScores = (draft: Draft) => draft.appraisals[0].scores;

describe('computeCycleResults with the survey values of the file (v1.1)', () => {
  it('gives the survey-held leaf its points from the survey: 3.00 + 3.50 of 4.50 + 4.00', () => {
    expect(departmentX(surveyedExampleFile())).toEqual({ appraisedTotal: '6.50', applicableMax: '8.50', index: '76.47', class: 'KHA' });
  });

  it('counts the leaf 0 of its max while no survey gave it a value', () => {
    expect(departmentX(changed((d) => (d.surveys = [])))).toEqual({ appraisedTotal: '3.00', applicableMax: '8.50', index: '35.29', class: 'YEU' });
  });

  it('replaces the value the appraisal gave the leaf', () => {
    const draft = changed((d) => appraisedScores(d).push({ criterion: '3.5', points: 2, reason: 'Tạm tính theo kết quả 6 tháng' }));
    expect(departmentX(draft)).toMatchObject({ appraisedTotal: '6.50', index: '76.47' });
  });

  it('replaces even applicable: false, bringing the leaf back with its max', () => {
    const draft = changed((d) => appraisedScores(d).push({ criterion: '3.5', applicable: false, reason: 'Chưa có kết quả khảo sát' }));
    expect(departmentX(draft)).toMatchObject({ appraisedTotal: '6.50', applicableMax: '8.50' });
  });

  it("replaces the council's changed decision on the leaf", () => {
    const draft = changed((d) => {
      appraisedScores(d).push({ criterion: '3.5', points: 2, reason: 'Tạm tính theo kết quả 6 tháng' });
      d.appraisals[0].explanations.push({ criterion: '3.5', text: 'Đề nghị tính cả năm', decision: 'changed', points: 2.5, reason: 'Chấp nhận một phần' });
    });
    expect(departmentX(draft)).toMatchObject({ appraisedTotal: '6.50' });
  });

  describe('when two campaigns give the leaf a value', () => {
    it('takes the one applied latest: the sociological survey of 10 January over SIPAS of 15 December', () => {
      const draft = changed((d) => d.surveys.push(sociologicalSurvey('3.00', '2026-01-10T09:30:00+07:00')));
      expect(departmentX(draft)).toEqual({ appraisedTotal: '6.00', applicableMax: '8.50', index: '70.59', class: 'KHA' });
    });

    it('keeps SIPAS when it was applied later, whatever order the file lists them in', () => {
      const draft = changed((d) => d.surveys.unshift(sociologicalSurvey('3.00', '2025-12-01')));
      expect(departmentX(draft)).toMatchObject({ appraisedTotal: '6.50' });
    });

    it('takes a value without appliedAt over every dated one: it is applied at import', () => {
      const draft = changed((d) => d.surveys.push(sociologicalSurvey('3.00')));
      expect(departmentX(draft)).toMatchObject({ appraisedTotal: '6.00' });
    });

    it('at the same instant (a date is 00:00 in Vietnam), takes the greater campaign id: sipas-2025 over dtxhh-2025', () => {
      const draft = changed((d) => d.surveys.push(sociologicalSurvey('3.00', '2025-12-15T00:00:00+07:00')));
      expect(departmentX(draft)).toMatchObject({ appraisedTotal: '6.50' });
      const aSecondLater = changed((d) => d.surveys.push(sociologicalSurvey('3.00', '2025-12-14T17:00:01Z')));
      expect(departmentX(aSecondLater)).toMatchObject({ appraisedTotal: '6.00' });
    });
  });

  it("leaves other units' leaves alone", () => {
    const draft = changed((d) => {
      d.units.push({ id: 'so-moi', name: 'Sở mới thành lập', group: 'departments' });
    });
    const parsed = parseCycleFile(draft);
    if (!parsed.ok) throw new Error('the draft parses');
    const newcomer = computeCycleResults(parsed.value).groups[0].results.find((row) => row.unit === 'so-moi');
    expect(newcomer).toMatchObject({ appraisedTotal: '0.00', applicableMax: '9.50', index: '0.00' });
  });
});
