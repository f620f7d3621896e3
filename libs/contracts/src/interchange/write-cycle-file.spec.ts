import { computeCycleResults } from './compute-cycle-results';
import { CycleFile } from './cycle-file';
import { parseCycleFile } from './parse-cycle-file';
import { writeCycleFile } from './write-cycle-file';
import { draftOf, workedExampleFile } from './worked-example.fixture';

function parsed(json: unknown): CycleFile {
  const result = parseCycleFile(json);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.value;
}

/** Every points value of the file turned into a string, written as a clerk might type it ("1", "0.5"). */
function withPointsAsStrings(json: unknown): unknown {
  const pointsFields = new Set(['points', 'maxPoints', 'step', 'perOccurrence', 'cap']);
  return JSON.parse(JSON.stringify(json, (key, value) => (pointsFields.has(key) && typeof value === 'number' ? String(value) : value)));
}

describe('writeCycleFile', () => {
  const written = writeCycleFile(parsed(workedExampleFile()));

  it('writes every points value as a string with exactly 2 places', () => {
    expect(written).toContain('"maxPoints": "1.50"');
    expect(written).toContain('"step": "0.25"');
    expect(written).toContain('"points": "0.75"');
    expect(written).not.toMatch(/"(points|maxPoints|step|perOccurrence|cap)": -?\d/);
  });

  it("keeps INTERCHANGE.md's key order, with thresholds and parent always present", () => {
    const file = JSON.parse(written);
    expect(Object.keys(file)).toEqual(['format', 'cycle', 'criteriaSets', 'groups', 'units', 'selfAssessments', 'appraisals']);
    expect(Object.keys(file.cycle)).toEqual(['id', 'year', 'title', 'evaluator', 'thresholds']);
    expect(Object.keys(file.criteriaSets[0].criteria[1].children[0])).toEqual(['code', 'title', 'maxPoints', 'method', 'source']);
    expect(file.groups[0]).toEqual({ id: 'departments', name: 'Sở, ban, ngành', criteriaSet: 'set-departments', thresholds: null });
    expect(file.units[0]).toEqual({ id: 'so-x', name: 'Sở X (the worked example of DOMAIN.md)', group: 'departments', parent: null });
    expect(Object.keys(file.selfAssessments[0].scores[2])).toEqual(['criterion', 'points', 'note', 'evidence']);
    expect(Object.keys(file.appraisals[0])).toEqual(['unit', 'appraiser', 'scores', 'deductions', 'explanations', 'final']);
    expect(Object.keys(file.appraisals[0].explanations[0])).toEqual(['criterion', 'text', 'decision', 'points', 'reason']);
  });

  it('indents by 2 spaces and ends with a newline', () => {
    expect(written.startsWith('{\n  "format": "par-interchange/1",\n  "cycle": {\n    "id": "demo-2025",')).toBe(true);
    expect(written.endsWith('}\n')).toBe(true);
  });

  it('is a fixed point: write → parse → write gives the same bytes', () => {
    expect(writeCycleFile(parsed(JSON.parse(written)))).toBe(written);
  });

  it('writes the same bytes whether the points came as numbers or as strings', () => {
    expect(writeCycleFile(parsed(withPointsAsStrings(workedExampleFile())))).toBe(written);
  });

  it('reproduces identical results after export and import', () => {
    expect(computeCycleResults(parsed(JSON.parse(written)))).toEqual(computeCycleResults(parsed(workedExampleFile())));
  });

  it('writes thresholds and band ratios as numbers, and a ratio no number holds exactly as given', () => {
    const draft = draftOf();
    draft.cycle.thresholds[2].minIndex = '65.50';
    const bands = draft.criteriaSets[0].criteria[1].children[0].method.bands;
    bands[1].minRatio = '0.95';
    bands.push({ minRatio: '0.90000000000000000001', points: 0.5 });
    const file = JSON.parse(writeCycleFile(parsed(draft)));
    expect(file.cycle.thresholds[2].minIndex).toBe(65.5);
    expect(file.criteriaSets[0].criteria[1].children[0].method.bands).toEqual([
      { minRatio: 1, points: '2.00' },
      { minRatio: 0.95, points: '1.00' },
      { minRatio: '0.90000000000000000001', points: '0.50' },
    ]);
  });

  it('keeps the optional extensions: evidence sections and the evidence of an explanation', () => {
    const draft = draftOf();
    draft.selfAssessments[0].scores[0].evidence[0].section = 'mục II.3, tr. 4';
    draft.appraisals[0].explanations[0].evidence = [{ title: 'Báo cáo thanh toán trực tuyến năm 2025', documentNo: '98/BC-SX', date: '2025-11-25' }];
    const file = JSON.parse(writeCycleFile(parsed(draft)));
    expect(file.selfAssessments[0].scores[0].evidence[0]).toEqual({
      title: 'Kế hoạch CCHC năm 2025',
      documentNo: '12/KH-SX',
      date: '2025-01-10',
      section: 'mục II.3, tr. 4',
    });
    expect(Object.keys(file.appraisals[0].explanations[0])).toEqual(['criterion', 'text', 'evidence', 'decision', 'points', 'reason']);
  });

  it('drops fields the contract does not know', () => {
    const draft = draftOf();
    draft.units[0].validFrom = '2025-07-01';
    expect(writeCycleFile(parsed(draft))).toBe(written);
  });
});

describe('points as JSON numbers or strings', () => {
  it('are both accepted and give the same results', () => {
    const asStrings = withPointsAsStrings(workedExampleFile());
    expect(JSON.stringify(asStrings)).toContain('"points":"0.75"');
    expect(computeCycleResults(parsed(asStrings))).toEqual(computeCycleResults(parsed(workedExampleFile())));
  });

  it('reject strings that are no plain decimal', () => {
    const draft = draftOf();
    draft.selfAssessments[0].scores[0].points = '1,00';
    const result = parseCycleFile(draft);
    expect(!result.ok && result.errors.map((error) => error.message)).toEqual([
      'selfAssessments[unit=so-x].scores[1.1].points: "1,00" is not a decimal number',
    ]);
  });
});
