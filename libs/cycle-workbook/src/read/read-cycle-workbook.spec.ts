import { parseCycleFile, writeCycleFile } from '@par/contracts';
import { Draft, workedExampleFile } from '@par/contracts/testing';
import { readCycleWorkbook, WorkbookProblem, writeCycleWorkbook } from '@par/cycle-workbook';
import { DataValidation, Workbook } from 'exceljs';
import { accepted } from '../testing/cycle-files';
import { tampered, workbookBytes } from '../testing/tampered-workbook';

async function problemsOf(bytes: Buffer, options?: { maxBytes?: number }): Promise<readonly WorkbookProblem[]> {
  const read = await readCycleWorkbook(bytes, options);
  if (read.ok) throw new Error('the workbook was read, though it should have been refused');
  return read.problems;
}

async function jsonOf(bytes: Buffer): Promise<Draft> {
  const read = await readCycleWorkbook(bytes);
  if (!read.ok) throw new Error(read.problems.map((problem) => problem.message).join('\n'));
  return read.json as Draft;
}

const workedExample = writeCycleFile(accepted(workedExampleFile()));

// The worked example's sheets, as the cases below break them: scores rows 2-4 are so-x's 1.1, 3.2 and 7.3
// (points in column C); appraisalScores row 4 is 6.4 not applicable (column D); criteria row 3 is 1.1 under 1.

describe('reading a workbook that is no cycle workbook', () => {
  it('refuses a file that is no XLSX at all, saying what to do', async () => {
    expect(await problemsOf(Buffer.from(workedExample))).toEqual([
      expect.objectContaining({ code: 'WORKBOOK_UNREADABLE', message: expect.stringContaining('.xlsx') }),
    ]);
    const oldExcel = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]);
    expect(await problemsOf(oldExcel)).toEqual([expect.objectContaining({ code: 'WORKBOOK_UNREADABLE', message: expect.stringContaining('(.xls)') })]);
  });

  it('refuses a broken XLSX: cut short, or damaged inside', async () => {
    const bytes = await writeCycleWorkbook(workedExampleFile());
    expect(await problemsOf(bytes.subarray(0, 4000))).toEqual([expect.objectContaining({ code: 'WORKBOOK_UNREADABLE' })]);
    const damaged = Buffer.from(bytes);
    for (let index = 1500; index < 1600; index++) damaged[index] ^= 0x5a;
    expect(await problemsOf(damaged)).toEqual([expect.objectContaining({ code: 'WORKBOOK_UNREADABLE' })]);
  });

  it('refuses an upload over the size limit before parsing it', async () => {
    const bytes = await writeCycleWorkbook(workedExampleFile());
    expect(await problemsOf(bytes, { maxBytes: 1024 })).toEqual([
      { code: 'WORKBOOK_TOO_LARGE', message: `the workbook has ${bytes.length} bytes; at most 1024 are read` },
    ]);
  });

  it('refuses a small upload claiming to inflate to gigabytes (a ZIP bomb) before inflating it', async () => {
    const bytes = Buffer.from(await writeCycleWorkbook(workedExampleFile()));
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(0xfffffff0, central + 24);
    expect(await problemsOf(bytes)).toEqual([expect.objectContaining({ code: 'WORKBOOK_TOO_LARGE', message: expect.stringContaining('inflate') })]);
  });

  it('refuses a part inflating beyond the size it claims, before exceljs inflates it all', async () => {
    const bytes = Buffer.from(await writeCycleWorkbook(workedExampleFile()));
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(10, central + 24);
    expect(await problemsOf(bytes)).toEqual([expect.objectContaining({ code: 'WORKBOOK_UNREADABLE', message: expect.stringContaining('is damaged') })]);
  });

  it('refuses merges over thousands of cells before exceljs creates each one', async () => {
    const bytes = await tampered((sheet) => sheet('scores').mergeCells('F10:O2000'));
    expect(await problemsOf(bytes)).toEqual([
      { code: 'CELLS_MERGED', message: 'merged cells cover 19910 cells; unmerge them and type the value in each cell' },
    ]);
  });

  it('reads a workbook whose sheet validates a million rows without expanding them', async () => {
    const bytes = await tampered((sheet) => {
      // exceljs can write a ranged validation, but its types do not declare the sheet's list of them.
      const validations = (sheet('scores') as unknown as { dataValidations: { add(range: string, validation: DataValidation): void } }).dataValidations;
      validations.add('A2:D1048576', { type: 'list', allowBlank: true, formulae: ['"a,b"'] });
    });
    expect(writeCycleFile(accepted(await jsonOf(bytes)))).toBe(workedExample);
  }, 8_000);
});

describe('reading the sheets and columns of a cycle workbook', () => {
  it('names each required sheet an empty workbook lacks', async () => {
    const problems = await problemsOf(await workbookBytes(new Workbook()));
    expect(problems.map((problem) => [problem.code, problem.sheet])).toEqual([
      ['SHEET_MISSING', 'cycle'],
      ['SHEET_MISSING', 'criteriaSets'],
      ['SHEET_MISSING', 'criteria'],
      ['SHEET_MISSING', 'groups'],
      ['SHEET_MISSING', 'units'],
    ]);
  });

  it('names a missing sheet', async () => {
    const bytes = await tampered((sheet, workbook) => workbook.removeWorksheet(sheet('units').id));
    expect(await problemsOf(bytes)).toEqual([
      expect.objectContaining({ code: 'SHEET_MISSING', sheet: 'units', message: expect.stringContaining('units: the sheet is missing') }),
    ]);
  });

  it('refuses a sheet of no known name, listing the known ones', async () => {
    const bytes = await tampered((_sheet, workbook) => workbook.addWorksheet('Ghi chú').addRow(['Bản nháp']));
    expect(await problemsOf(bytes)).toEqual([
      expect.objectContaining({ code: 'SHEET_UNKNOWN', sheet: 'Ghi chú', message: expect.stringContaining('cycle, thresholds, criteriaSets') }),
    ]);
  });

  it('names a missing column with its sheet, and lists the columns the sheet has', async () => {
    const bytes = await tampered((sheet) => sheet('scores').spliceColumns(3, 1));
    expect(await problemsOf(bytes)).toEqual([
      {
        code: 'COLUMN_MISSING',
        sheet: 'scores',
        row: 1,
        column: 'points',
        message: 'scores row 1, column points: the column is missing; the columns of scores are unit, criterion, points, note',
      },
    ]);
  });

  it('refuses an unknown column, saying which are known', async () => {
    const bytes = await tampered((sheet) => {
      sheet('scores').getCell('C1').value = 'điểm';
    });
    expect(await problemsOf(bytes)).toEqual([
      expect.objectContaining({
        code: 'COLUMN_UNKNOWN',
        sheet: 'scores',
        row: 1,
        column: 'điểm',
        message: expect.stringContaining('unit, criterion, points, note'),
      }),
      expect.objectContaining({ code: 'COLUMN_MISSING', sheet: 'scores', column: 'points' }),
    ]);
  });

  it('refuses values typed in a column with no header', async () => {
    const bytes = await tampered((sheet) => {
      sheet('scores').getCell('F3').value = 'ghi chú thêm';
    });
    expect(await problemsOf(bytes)).toEqual([
      expect.objectContaining({ code: 'COLUMN_UNKNOWN', sheet: 'scores', row: 3, message: expect.stringContaining('scores!F3') }),
    ]);
  });

  it('wants exactly one row in the cycle sheet', async () => {
    const extra = await tampered((sheet) => sheet('cycle').addRow(['demo-2026', 2026, 'Chỉ số CCHC năm 2026', 'ubnd-tinh-demo']));
    expect(await problemsOf(extra)).toEqual([expect.objectContaining({ code: 'ROW_EXTRA', sheet: 'cycle', row: 3 })]);
    const none = await tampered((sheet) => sheet('cycle').spliceRows(2, 1));
    expect(await problemsOf(none)).toEqual([expect.objectContaining({ code: 'ROW_MISSING', sheet: 'cycle', row: 2 })]);
  });
});

describe('reading the cells of a cycle workbook', () => {
  it('refuses text where a number belongs, naming sheet, row and column', async () => {
    const bytes = await tampered((sheet) => {
      sheet('scores').getCell('C3').value = 'hai điểm';
      sheet('cycle').getCell('B2').value = 'năm 2025';
      sheet('explanations').getCell('H2').value = 'năm';
    });
    expect(await problemsOf(bytes)).toEqual([
      expect.objectContaining({ code: 'CELL_NOT_A_NUMBER', sheet: 'cycle', row: 2, column: 'year' }),
      expect.objectContaining({
        code: 'CELL_NOT_A_NUMBER',
        sheet: 'scores',
        row: 3,
        column: 'points',
        message: 'scores!C3 (points): "hai điểm" is not a number; type points such as 87.64 (or with a comma)',
      }),
      expect.objectContaining({ code: 'CELL_NOT_A_NUMBER', sheet: 'explanations', row: 2, column: 'votes.for' }),
    ]);
  });

  it('refuses anything but TRUE or FALSE where a boolean belongs', async () => {
    const bytes = await tampered((sheet) => {
      sheet('appraisalScores').getCell('D4').value = 'không';
    });
    expect(await problemsOf(bytes)).toEqual([
      {
        code: 'CELL_NOT_A_BOOLEAN',
        sheet: 'appraisalScores',
        row: 4,
        column: 'applicable',
        message: 'appraisalScores!D4 (applicable): "không" is not TRUE or FALSE',
      },
    ]);
  });

  it('refuses a formula: the value must be typed', async () => {
    const bytes = await tampered((sheet) => {
      sheet('scores').getCell('C2').value = { formula: '0.5+0.5', result: 1 };
    });
    expect(await problemsOf(bytes)).toEqual([
      expect.objectContaining({
        code: 'CELL_FORMULA',
        sheet: 'scores',
        row: 2,
        column: 'points',
        message: expect.stringContaining('type the value, not a formula'),
      }),
    ]);
  });

  it('reads TRUE() and FALSE(), as LibreOffice saves a typed boolean, as the boolean', async () => {
    const json = await jsonOf(
      await tampered((sheet) => {
        sheet('appraisals').getCell('C2').value = { formula: 'TRUE()', result: true };
        sheet('appraisalScores').getCell('D4').value = { formula: 'FALSE()', result: false };
      }),
    );
    expect(json.appraisals[0].final).toBe(true);
    expect(json.appraisals[0].scores[2].applicable).toBe(false);
  });

  it('refuses an error value left in a cell', async () => {
    const bytes = await tampered((sheet) => {
      sheet('scores').getCell('C2').value = { error: '#N/A' };
    });
    expect(await problemsOf(bytes)).toEqual([expect.objectContaining({ code: 'CELL_ERROR', sheet: 'scores', row: 2, column: 'points' })]);
  });

  it('refuses merged cells, in the header row or below', async () => {
    const bytes = await tampered((sheet) => {
      sheet('scores').mergeCells('A2:A4');
      sheet('evidence').mergeCells('C1:D1');
    });
    expect(await problemsOf(bytes)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'CELLS_MERGED', sheet: 'scores', row: 2, column: 'unit', message: expect.stringContaining('scores!A2:A4') }),
        expect.objectContaining({ code: 'CELLS_MERGED', sheet: 'evidence', row: 1, column: 'title' }),
      ]),
    );
  });

  it('refuses a date where text belongs, as Excel makes of a document number like 12/1', async () => {
    const bytes = await tampered((sheet) => {
      sheet('evidence').getCell('D2').value = new Date(Date.UTC(2025, 0, 12));
    });
    expect(await problemsOf(bytes)).toEqual([
      expect.objectContaining({ code: 'CELL_NOT_TEXT', sheet: 'evidence', row: 2, column: 'documentNo', message: expect.stringContaining('2025-01-12') }),
    ]);
  });

  it('reads date cells of date columns as the day, or the time in Vietnam when they carry one', async () => {
    const json = await jsonOf(
      await tampered((sheet) => {
        sheet('evidence').getCell('E2').value = new Date(Date.UTC(2025, 0, 10));
        sheet('selfAssessments').getCell('C2').value = new Date(Date.UTC(2025, 11, 5, 9, 30));
      }),
    );
    expect(json.selfAssessments[0].scores[0].evidence[0].date).toBe('2025-01-10');
    expect(json.selfAssessments[0].submittedAt).toBe('2025-12-05T09:30:00+07:00');
    expect(parseCycleFile(json).ok).toBe(true);
  });

  it('reads points typed as text with a decimal comma or point, never through a float', async () => {
    const json = await jsonOf(
      await tampered((sheet) => {
        sheet('scores').getCell('C4').value = '1,5';
        sheet('appraisalScores').getCell('C3').value = '0.75';
      }),
    );
    expect(json.selfAssessments[0].scores[2].points).toBe('1.5');
    expect(json.appraisals[0].scores[1].points).toBe('0.75');
    expect(writeCycleFile(accepted(json))).toBe(workedExample);
  });

  it('reads a criterion code Excel turned into a number as its digits', async () => {
    const json = await jsonOf(
      await tampered((sheet) => {
        sheet('scores').getCell('B2').value = 1.1;
      }),
    );
    expect(json.selfAssessments[0].scores[0].criterion).toBe('1.1');
  });

  it("leaves the contract's rules on values to parseCycleFile, which names unit and criterion", async () => {
    const json = await jsonOf(
      await tampered((sheet) => {
        sheet('scores').getCell('C4').value = 1.125;
      }),
    );
    const parsed = parseCycleFile(json);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.map((error) => [error.unit, error.criterion, error.value])).toContainEqual(['so-x', '7.3', 1.125]);
  });

  it('skips empty rows', async () => {
    const json = await jsonOf(await tampered((sheet) => sheet('scores').spliceRows(3, 0, [], [])));
    expect(writeCycleFile(accepted(json))).toBe(workedExample);
  });
});

describe('reading rows that belong to nothing', () => {
  it('refuses a score whose unit has no self-assessment row', async () => {
    const bytes = await tampered((sheet) => {
      sheet('scores').getCell('A3').value = 'so-khong-co';
    });
    expect(await problemsOf(bytes)).toEqual([
      {
        code: 'ROW_ORPHANED',
        sheet: 'scores',
        row: 3,
        column: 'unit',
        message: 'scores row 3, column unit: unit "so-khong-co" has no row in the selfAssessments sheet',
      },
      // The evidence of so-x's 3.2 now has no score to prove: true, and said too.
      expect.objectContaining({
        code: 'ROW_ORPHANED',
        sheet: 'evidence',
        row: 3,
        column: 'criterion',
        message: expect.stringContaining('no score of criterion "3.2"'),
      }),
    ]);
  });

  it('refuses a criterion whose parent is on no earlier row of its criteria set', async () => {
    const bytes = await tampered((sheet) => {
      sheet('criteria').getCell('C3').value = '9';
    });
    expect(await problemsOf(bytes)).toEqual([
      expect.objectContaining({ code: 'ROW_ORPHANED', sheet: 'criteria', row: 3, column: 'parent', message: expect.stringContaining('parent "9"') }),
    ]);
  });

  it('refuses evidence of a criterion the unit did not score, and bands of a leaf not scored by bands', async () => {
    const bytes = await tampered((sheet) => {
      sheet('evidence').getCell('B3').value = '6.4';
      sheet('bands').getCell('B3').value = '7.3';
    });
    expect(await problemsOf(bytes)).toEqual([
      expect.objectContaining({
        code: 'ROW_ORPHANED',
        sheet: 'bands',
        row: 3,
        column: 'criterion',
        message: expect.stringContaining('method.kind is not bands'),
      }),
      expect.objectContaining({
        code: 'ROW_ORPHANED',
        sheet: 'evidence',
        row: 3,
        column: 'criterion',
        message: expect.stringContaining('no score of criterion "6.4"'),
      }),
    ]);
  });

  it('refuses a row whose key cell is empty', async () => {
    const bytes = await tampered((sheet) => {
      sheet('deductions').getCell('A2').value = null;
    });
    expect(await problemsOf(bytes)).toEqual([expect.objectContaining({ code: 'ROW_ORPHANED', sheet: 'deductions', row: 2, column: 'unit' })]);
  });
});

describe('what a refusal says', () => {
  it('says at most 100 problems, the last telling how many more there are', async () => {
    const bytes = await tampered((sheet) => {
      for (let row = 0; row < 150; row++) sheet('scores').addRow(['so-x', '1.1', `điểm ${row}`]);
    });
    const problems = await problemsOf(bytes);
    expect(problems).toHaveLength(100);
    expect(problems[98]).toMatchObject({ code: 'CELL_NOT_A_NUMBER', row: 103 });
    expect(problems[99]).toEqual({ code: 'TOO_MANY_PROBLEMS', message: '… and 51 more problems; fix these first, then read the workbook again' });
  });

  it('never echoes more than 200 characters of a cell', async () => {
    const bytes = await tampered((sheet) => {
      sheet('scores').getCell('C2').value = 'x'.repeat(5000);
      sheet('scores').getCell('H1').value = 'y'.repeat(5000);
    });
    const problems = await problemsOf(bytes);
    expect(problems).toHaveLength(2);
    for (const problem of problems) {
      expect(problem.message.length).toBeLessThan(400);
      expect(problem.message).not.toMatch(/x{201}|y{201}/);
      expect((problem.column ?? '').length).toBeLessThanOrEqual(200);
    }
    expect(problems[1].message).toContain('(5000 characters)');
  });
});
