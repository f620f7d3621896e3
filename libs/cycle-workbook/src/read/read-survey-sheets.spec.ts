import { parseCycleFile, writeCycleFile } from '@par/contracts';
import { Draft } from '@par/contracts/testing';
import { readCycleWorkbook, WorkbookProblem } from '@par/cycle-workbook';
import { accepted, surveyedFile } from '../testing/cycle-files';
import { tampered } from '../testing/tampered-workbook';

async function problemsOf(bytes: Buffer): Promise<readonly WorkbookProblem[]> {
  const read = await readCycleWorkbook(bytes);
  if (read.ok) throw new Error('the workbook was read, though it should have been refused');
  return read.problems;
}

async function jsonOf(bytes: Buffer): Promise<Draft> {
  const read = await readCycleWorkbook(bytes);
  if (!read.ok) throw new Error(read.problems.map((problem) => problem.message).join('\n'));
  return read.json as Draft;
}

// The surveyed file's surveyResults sheet: rows 2-3 are SIPAS (so-x, huyen-y), row 4 the sociological survey's
// so-x; columns D respondents, E answers, F index, G points, H appliedAt.
const surveyed = () => accepted(surveyedFile());

describe('reading the survey sheets of a cycle workbook (v1.1)', () => {
  it('reads an index typed with a decimal comma, as a Vietnamese Excel writes it', async () => {
    const bytes = await tampered((sheet) => {
      sheet('surveyResults').getCell('F3').value = '81,5';
    }, surveyed());
    expect(writeCycleFile(accepted(await jsonOf(bytes)))).toBe(writeCycleFile(surveyed()));
  });

  it('refuses a result whose campaign has no row in the surveys sheet, naming its row', async () => {
    const bytes = await tampered((sheet) => {
      sheet('surveyResults').getCell('A4').value = 'papi-2025';
    }, surveyed());
    expect(await problemsOf(bytes)).toEqual([
      {
        code: 'ROW_ORPHANED',
        sheet: 'surveyResults',
        row: 4,
        column: 'campaign',
        message: 'surveyResults row 4, column campaign: campaign "papi-2025" has no row in the surveys sheet',
      },
    ]);
  });

  it('refuses results left without their surveys sheet, rather than dropping them', async () => {
    const bytes = await tampered((sheet, workbook) => workbook.removeWorksheet(sheet('surveys').id), surveyed());
    expect((await problemsOf(bytes)).map((problem) => [problem.code, problem.row])).toEqual([
      ['ROW_ORPHANED', 2],
      ['ROW_ORPHANED', 3],
      ['ROW_ORPHANED', 4],
    ]);
  });

  it('refuses a count that is no number, naming the cell', async () => {
    const bytes = await tampered((sheet) => {
      sheet('surveyResults').getCell('D2').value = 'một trăm hai mươi';
    }, surveyed());
    expect(await problemsOf(bytes)).toEqual([expect.objectContaining({ code: 'CELL_NOT_A_NUMBER', sheet: 'surveyResults', row: 2, column: 'respondents' })]);
  });

  it('leaves the rules to the cycle file: a fractional count is read, then refused by parseCycleFile', async () => {
    const bytes = await tampered((sheet) => {
      sheet('surveyResults').getCell('E2').value = 400.5;
    }, surveyed());
    const parsed = parseCycleFile(await jsonOf(bytes));
    expect(!parsed.ok && parsed.errors.map((error) => error.message)).toEqual([
      'surveys[campaign=sipas-2025].results[unit=so-x,criterion=8.3].answers: must be a whole number',
    ]);
  });

  it('reads an empty surveys sheet as no surveys', async () => {
    const bytes = await tampered((sheet, workbook) => {
      workbook.removeWorksheet(sheet('surveyResults').id);
      workbook.removeWorksheet(sheet('surveys').id);
      workbook.addWorksheet('surveys').addRow(['campaign', 'kind', 'title']);
    }, surveyed());
    const json = await jsonOf(bytes);
    expect(json.surveys).toEqual([]);
    expect(writeCycleFile(accepted(json))).not.toContain('"surveys"');
  });
});
