import { workedExampleFile } from '@par/contracts/testing';
import { WORKBOOK_SHEETS, writeCycleWorkbook } from '@par/cycle-workbook';
import { Workbook, Worksheet } from 'exceljs';
import { accepted, fullV11File, surveyedFile } from '../testing/cycle-files';

async function opened(bytes: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  return workbook;
}

function headerOf(sheet: Worksheet): unknown[] {
  return (sheet.getRow(1).values as unknown[]).slice(1);
}

/** The data rows as arrays of cell values, column A first. */
function rowsOf(sheet: Worksheet): unknown[][] {
  return sheet
    .getSheetValues()
    .slice(2)
    .map((row) => (row as unknown[]).slice(1));
}

describe('the cycle workbook as written', () => {
  let workbook: Workbook;
  beforeAll(async () => {
    workbook = await opened(await writeCycleWorkbook(accepted(fullV11File())));
  });
  const sheet = (name: string): Worksheet => workbook.getWorksheet(name) as Worksheet;

  it('has one sheet per list of the file, named and ordered as INTERCHANGE.md v1.1 lays them out', async () => {
    // The full v1.1 file with surveys too: every list the contract has, so every sheet.
    const full = await opened(await writeCycleWorkbook(accepted(surveyedFile())));
    expect(full.worksheets.map((worksheet) => worksheet.name)).toEqual([
      'cycle',
      'thresholds',
      'criteriaSets',
      'criteria',
      'bands',
      'groups',
      'units',
      'selfAssessments',
      'scores',
      'evidence',
      'appraisals',
      'appraisalScores',
      'bonus',
      'deductions',
      'explanations',
      'explanationEvidence',
      'surveys',
      'surveyResults',
      'decision',
    ]);
    for (const layout of WORKBOOK_SHEETS) expect(headerOf(full.getWorksheet(layout.name) as Worksheet)).toEqual(layout.columns.map((column) => column.header));
  });

  it("names the columns with the file's own keys, nested ones with their parent's key", () => {
    expect(headerOf(sheet('cycle'))).toEqual(['id', 'year', 'title', 'evaluator']);
    expect(headerOf(sheet('criteria'))).toEqual([
      'criteriaSet',
      'code',
      'parent',
      'title',
      'maxPoints',
      'method.kind',
      'method.step',
      'method.perOccurrence',
      'method.cap',
      'source',
    ]);
    expect(headerOf(sheet('scores'))).toEqual(['unit', 'criterion', 'points', 'note']);
    expect(headerOf(sheet('explanations'))).toEqual([
      'unit',
      'criterion',
      'text',
      'decision',
      'points',
      'reason',
      'at',
      'votes.for',
      'votes.against',
      'votes.abstain',
      'votes.members',
    ]);
    expect(headerOf(sheet('decision'))).toEqual(['number', 'date', 'signedBy']);
  });

  it('flattens the criteria tree depth-first, each criterion naming its parent', () => {
    expect(rowsOf(sheet('criteria')).map(([, code, parent]) => [code, parent ?? null])).toEqual([
      ['1', null],
      ['1.1', '1'],
      ['3', null],
      ['3.2', '3'],
      ['6', null],
      ['6.4', '6'],
      ['7', null],
      ['7.3', '7'],
      ['8', null],
      ['8.1', '8'],
      ['8.2', '8'],
    ]);
    expect(rowsOf(sheet('bands'))).toEqual([
      ['set-departments', '3.2', 1, 2],
      ['set-departments', '3.2', 0.95, 1],
    ]);
  });

  it("puts the cycle's thresholds first with no group, then each group's own", () => {
    const rows = rowsOf(sheet('thresholds'));
    expect(rows.slice(0, 3)).toEqual([
      [undefined, 'XUAT_SAC', 'Xuất sắc', 90],
      [undefined, 'TOT', 'Tốt', 80],
      [undefined, 'KHA', 'Khá', 65.5],
    ]);
    expect(rows.slice(5)).toEqual([
      ['districts', 'TOT', 'Tốt', 85],
      ['districts', 'YEU', 'Yếu', 0],
    ]);
  });

  it('writes points as numbers shown with 2 places, so a Vietnamese Excel shows 87,64', () => {
    const cell = sheet('scores').getCell('C5');
    expect(sheet('scores').getCell('B5').value).toBe('8.1');
    expect(cell.value).toBe(87.64);
    expect(cell.numFmt).toBe('0.00');
    expect(sheet('criteria').getCell('E11').value).toBe(100);
    expect(sheet('criteria').getCell('E11').numFmt).toBe('0.00');
  });

  it('keeps Vietnamese text verbatim and writes booleans as TRUE/FALSE', () => {
    expect(sheet('scores').getCell('D5').value).toBe('Kết quả khảo sát SIPAS: 87,64%');
    expect(sheet('appraisalScores').getCell('D4').value).toBe(false);
    expect(sheet('appraisals').getCell('C2').value).toBe(true);
    expect(sheet('cycle').getCell('B2').value).toBe(2025);
  });

  it('makes every sheet readable: bold frozen header, an autofilter, wide titles', () => {
    for (const worksheet of workbook.worksheets) {
      expect(worksheet.getRow(1).font?.bold).toBe(true);
      expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(worksheet.autoFilter).toBeDefined();
    }
    expect(sheet('criteria').getColumn('D').width).toBeGreaterThanOrEqual(50);
    expect(sheet('criteria').getColumn('B').width).toBeLessThan(20);
  });

  it('writes no decision sheet for a file without a decision', async () => {
    const plain = await opened(await writeCycleWorkbook(accepted(workedExampleFile())));
    expect(plain.getWorksheet('decision')).toBeUndefined();
  });

  it('writes the surveys (v1.1) as a sheet of campaigns and one of their results, joined by the campaign', async () => {
    const surveyed = await opened(await writeCycleWorkbook(accepted(surveyedFile())));
    const surveys = surveyed.getWorksheet('surveys') as Worksheet;
    const results = surveyed.getWorksheet('surveyResults') as Worksheet;
    expect(headerOf(surveys)).toEqual(['campaign', 'kind', 'title']);
    expect(rowsOf(surveys)).toEqual([
      ['sipas-2025', 'SIPAS', 'Khảo sát SIPAS 2025'],
      ['dtxhh-2025', 'SOCIOLOGICAL', 'Điều tra xã hội học năm 2025'],
    ]);
    expect(headerOf(results)).toEqual(['campaign', 'unit', 'criterion', 'respondents', 'answers', 'index', 'points', 'appliedAt']);
    expect(rowsOf(results)).toEqual([
      ['sipas-2025', 'so-x', '8.3', 120, 400, 87.5, 2.19, '2025-12-15'],
      ['sipas-2025', 'huyen-y', '8.3', 85, 255, 81.5, 2.04],
      ['dtxhh-2025', 'so-x', '8.3', 0, 0, 0, 0, '2026-01-10T09:30:00+07:00'],
    ]);
  });

  it('writes a survey index and its points as numbers shown with 2 places, counts as whole numbers', async () => {
    const results = (await opened(await writeCycleWorkbook(accepted(surveyedFile())))).getWorksheet('surveyResults') as Worksheet;
    expect([results.getCell('F2').value, results.getCell('F2').numFmt]).toEqual([87.5, '0.00']);
    expect([results.getCell('G2').value, results.getCell('G2').numFmt]).toEqual([2.19, '0.00']);
    expect([results.getCell('D2').value, results.getCell('D2').numFmt]).toEqual([120, undefined]);
  });

  it('writes no survey sheets for a file without surveys', () => {
    expect(workbook.getWorksheet('surveys')).toBeUndefined();
    expect(workbook.getWorksheet('surveyResults')).toBeUndefined();
  });

  it('writes the same bytes for the same file, whenever it runs', async () => {
    const first = await writeCycleWorkbook(accepted(fullV11File()));
    jest.useFakeTimers({
      now: new Date('2031-07-15T10:11:12Z'),
      doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask', 'clearTimeout', 'clearInterval', 'clearImmediate'],
    });
    try {
      expect(new Date().getUTCFullYear()).toBe(2031);
      expect((await writeCycleWorkbook(accepted(fullV11File()))).equals(first)).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
