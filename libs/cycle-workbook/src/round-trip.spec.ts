import { writeCycleFile } from '@par/contracts';
import { workedExampleFile } from '@par/contracts/testing';
import { readCycleWorkbook, writeCycleWorkbook } from '@par/cycle-workbook';
import { accepted, demoCycleJson, fullV11File, surveyedFile } from './testing/cycle-files';

/** JSON → XLSX → JSON, written canonically: what `par export --format xlsx` then `par import` keeps. */
async function throughWorkbook(json: unknown): Promise<string> {
  const read = await readCycleWorkbook(await writeCycleWorkbook(accepted(json)));
  if (!read.ok) throw new Error(read.problems.map((problem) => problem.message).join('\n'));
  return writeCycleFile(accepted(read.json));
}

describe('a cycle file through its workbook', () => {
  it("keeps DOMAIN.md's worked example byte for byte", async () => {
    expect(await throughWorkbook(workedExampleFile())).toBe(writeCycleFile(accepted(workedExampleFile())));
  });

  it('keeps the demo cycle byte for byte: 28 units, their scores, evidence and appraisals', async () => {
    const canonical = writeCycleFile(accepted(demoCycleJson()));
    const back = await throughWorkbook(demoCycleJson());
    expect(back).toBe(canonical);
    expect(back).toContain('"title": "Công tác chỉ đạo, điều hành CCHC"');
  });

  it('keeps the times of v1.1, the published decision, council votes and 2-place decimals', async () => {
    const back = await throughWorkbook(fullV11File());
    expect(back).toBe(writeCycleFile(accepted(fullV11File())));
    const file = JSON.parse(back);
    expect(file.selfAssessments[0].submittedAt).toBe('2025-12-05');
    expect(file.selfAssessments[0].scores[3]).toEqual({ criterion: '8.1', points: '87.64', note: 'Kết quả khảo sát SIPAS: 87,64%' });
    expect(file.appraisals[0].bonus).toEqual([{ points: '0.25', reason: 'Sáng kiến cấp tỉnh được công nhận' }]);
    expect(file.appraisals[0].appraisedAt).toBe('2026-01-10T09:30:00+07:00');
    expect(file.appraisals[0].explanations[0].votes).toEqual({ for: 5, against: 1, abstain: 1, members: 7 });
    expect(file.decision).toEqual({ number: '35/QĐ-UBND', date: '2026-01-27', signedBy: 'Chủ tịch UBND tỉnh' });
    expect(file.groups[1].thresholds).toEqual([
      { class: 'TOT', label: 'Tốt', minIndex: 85 },
      { class: 'YEU', label: 'Yếu', minIndex: 0 },
    ]);
  });

  it('keeps the survey campaigns and their results: counts, 2-place index and points, appliedAt as given', async () => {
    const back = await throughWorkbook(surveyedFile());
    expect(back).toBe(writeCycleFile(accepted(surveyedFile())));
    const file = JSON.parse(back);
    expect(file.surveys.map((survey: { campaign: string; kind: string }) => [survey.campaign, survey.kind])).toEqual([
      ['sipas-2025', 'SIPAS'],
      ['dtxhh-2025', 'SOCIOLOGICAL'],
    ]);
    expect(file.surveys[0].results[1]).toEqual({ unit: 'huyen-y', criterion: '8.3', respondents: 85, answers: 255, index: '81.50', points: '2.04' });
    expect(file.surveys[1].results[0]).toEqual({
      unit: 'so-x',
      criterion: '8.3',
      respondents: 0,
      answers: 0,
      index: '0.00',
      points: '0.00',
      appliedAt: '2026-01-10T09:30:00+07:00',
    });
  });

  it('tells a file without self-assessments or appraisals from one with empty lists', async () => {
    const { selfAssessments: _self, appraisals: _appraisals, ...setupOnly } = workedExampleFile();
    const empty = { ...setupOnly, selfAssessments: [], appraisals: [] };
    expect(await throughWorkbook(setupOnly)).toBe(writeCycleFile(accepted(setupOnly)));
    expect(await throughWorkbook(empty)).toBe(writeCycleFile(accepted(empty)));
  });
});
