import { computeCycleResults } from './compute-cycle-results';
import { CycleFile } from './cycle-file';
import { parseCycleFile } from './parse-cycle-file';
import { writeCycleFile } from './write-cycle-file';
import { draftOf } from './worked-example.fixture';
import { sociologicalSurvey, surveyedExampleFile } from './surveyed-example.fixture';

function parsed(json: unknown): CycleFile {
  const result = parseCycleFile(json);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.value;
}

describe('writeCycleFile with surveys (v1.1)', () => {
  const file = surveyedExampleFile();
  file.surveys[0].results[0] = { ...file.surveys[0].results[0], index: 87.5, points: 3.5 };
  file.surveys.push(sociologicalSurvey('3', '2026-01-10T09:30:00+07:00'));
  delete file.surveys[1].results[0].appliedAt;
  const written = writeCycleFile(parsed(file));
  const json = JSON.parse(written);

  it('writes them after the appraisals, keys in the contract order, index and points as 2-place strings, counts as numbers', () => {
    expect(Object.keys(json)).toEqual(['format', 'cycle', 'criteriaSets', 'groups', 'units', 'selfAssessments', 'appraisals', 'surveys']);
    expect(json.surveys[0]).toEqual({
      campaign: 'sipas-2025',
      kind: 'SIPAS',
      title: 'Khảo sát SIPAS 2025',
      results: [{ unit: 'so-x', criterion: '3.5', respondents: 120, answers: 400, index: '87.50', points: '3.50', appliedAt: '2025-12-15' }],
    });
    expect(Object.keys(json.surveys[0].results[0])).toEqual(['unit', 'criterion', 'respondents', 'answers', 'index', 'points', 'appliedAt']);
  });

  it('keeps the campaigns and their results in file order, appliedAt only where given', () => {
    expect(json.surveys.map((survey: { campaign: string }) => survey.campaign)).toEqual(['sipas-2025', 'dtxhh-2025']);
    expect(json.surveys[1].results[0]).toEqual({ unit: 'so-x', criterion: '3.5', respondents: 35, answers: 700, index: '75.00', points: '3.00' });
  });

  it('is a fixed point: write → parse → write gives the same bytes', () => {
    expect(writeCycleFile(parsed(JSON.parse(written)))).toBe(written);
  });

  it('reproduces identical results after export and import', () => {
    expect(computeCycleResults(parsed(JSON.parse(written)))).toEqual(computeCycleResults(parsed(file)));
  });

  it('writes no surveys for a file without them or with an empty list, as a v1 file is written', () => {
    const v1 = writeCycleFile(parsed(draftOf()));
    expect(v1).not.toContain('"surveys"');
    expect(writeCycleFile(parsed({ ...draftOf(), surveys: [] }))).toBe(v1);
  });
});
