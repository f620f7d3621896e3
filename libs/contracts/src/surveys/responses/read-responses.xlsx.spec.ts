import { createHash } from 'node:crypto';
import { Workbook } from 'exceljs';
import { readAll, refusalOf } from './responses.fixture';

type Cell = string | number | null | { formula: string; result: number } | { richText: { text: string }[] };

/** A workbook as Excel would save it: the responses on the first tab, any other sheet after it. */
async function workbook(rows: Cell[][], others: Record<string, Cell[][]> = {}): Promise<Buffer> {
  const book = new Workbook();
  const sheet = book.addWorksheet('Phiếu khảo sát');
  rows.forEach((row, index) => row.forEach((value, column) => (sheet.getCell(index + 1, column + 1).value = value)));
  for (const [name, extra] of Object.entries(others)) book.addWorksheet(name).addRows(extra);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const HEADER: Cell[] = ['respondent', 'unit', 'question', 'answer'];

describe('readResponses, XLSX (first sheet, streamed)', () => {
  it("keeps the good rows and rejects the bad one, each numbered by the sheet's own row; the checksum is the file's bytes", async () => {
    const file = await workbook(
      [
        HEADER,
        ['PV-2025-0001', 'so-tu-phap', 'TC1', 4],
        ['PV-2025-0001', 'so-tu-phap', 'TC2', null],
        [],
        ['PV-2025-0002', 'so-khong-co', 'TC1', 5],
        ['PV-2025-0002', 'tp-an-binh', 'CC3', { formula: '1+1', result: 2 }],
        [{ richText: [{ text: 'PV-2025-' }, { text: '0003' }] }, 'tp-an-binh', 'CC3', '5'],
        ['PV-2025-0004', 'tp-an-binh', 'CC3', 4.5],
      ],
      {
        'Ghi chú': [
          ['respondent', 'unit', 'question', 'answer'],
          ['PV-9', 'so-tu-phap', 'TC1', 1],
        ],
      },
    );
    const reading = await readAll(file, 'xlsx', { pieceSize: 777 });
    expect(reading.accepted).toEqual([
      { line: 2, respondent: 'PV-2025-0001', unit: 'so-tu-phap', question: 'TC1', answer: 4 },
      { line: 3, respondent: 'PV-2025-0001', unit: 'so-tu-phap', question: 'TC2', answer: null },
      { line: 6, respondent: 'PV-2025-0002', unit: 'tp-an-binh', question: 'CC3', answer: 2 },
      { line: 7, respondent: 'PV-2025-0003', unit: 'tp-an-binh', question: 'CC3', answer: 5 },
    ]);
    expect(reading.rejected).toEqual([
      { line: 5, code: 'UNIT_UNKNOWN', reason: 'unit "so-khong-co" is not a unit of this campaign' },
      { line: 8, code: 'ANSWER_INVALID', reason: 'answer "4.5" is not a whole number on the scale 1–5 (leave it empty for no answer)' },
    ]);
    expect(reading.end).toEqual({
      checksum: `sha256:${createHash('sha256').update(file).digest('hex')}`,
      bytes: file.length,
      lines: 8,
      accepted: 4,
      rejected: 2,
    });
  });

  it('reads the columns in any order; a value beyond the header is a malformed row', async () => {
    const file = await workbook([
      ['Question', ' Answer ', 'RESPONDENT', 'unit'],
      ['KQ3', 5, 'PV-0107', 'huyen-hoa-loc'],
      ['KQ2', 5, 'PV-0107', 'huyen-hoa-loc', 'thừa'],
    ]);
    const reading = await readAll(file, 'xlsx');
    expect(reading.accepted).toEqual([{ line: 2, respondent: 'PV-0107', unit: 'huyen-hoa-loc', question: 'KQ3', answer: 5 }]);
    expect(reading.rejected).toEqual([{ line: 3, code: 'MALFORMED_LINE', reason: 'has a value in column E, beyond the 4 columns of the header' }]);
  });

  it('refuses a personal-data column, naming its row', async () => {
    const refusal = await refusalOf(await workbook([['respondent', 'Họ và tên', 'unit', 'question', 'answer']]), 'xlsx');
    expect(refusal).toMatchObject({ code: 'PERSONAL_DATA_COLUMN', line: 1 });
  });

  it('refuses a file that is not a workbook, and a workbook whose first sheet is empty', async () => {
    const notAWorkbook = await refusalOf('respondent,unit,question,answer\nPV-1,so-tu-phap,TC1,4\n', 'xlsx');
    expect(notAWorkbook.code).toBe('FILE_MALFORMED');
    expect(notAWorkbook.message).toContain('not a readable XLSX workbook');
    expect(notAWorkbook.message.length).toBeLessThan(300);
    expect(await refusalOf(await workbook([]), 'xlsx')).toMatchObject({ code: 'COLUMNS_INVALID' });
  });
});
