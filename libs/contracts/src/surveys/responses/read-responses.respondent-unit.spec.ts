import { Workbook } from 'exceljs';
import { SIPAS_2025_UNITS } from '../campaign/sipas-2025.fixture';
import { KnownResponses } from './response-row';
import { readAll, refusalOf, sipasKnown } from './responses.fixture';

/**
 * The sociological survey's cross-evaluation: the leaders of one unit rate the others, one form (one respondent
 * id) per unit rated. The units rated are the campaign's; a respondent may work in any unit of the cycle (Sở Y tế
 * and Văn phòng UBND tỉnh are not rated by this campaign, but their leaders rate the others), or outside it (a
 * citizen, a business: no respondentUnit).
 */
const sociological: KnownResponses = {
  ...sipasKnown(),
  respondentUnits: new Set([...SIPAS_2025_UNITS, 'so-y-te', 'van-phong-ubnd-tinh']),
  crossEvaluation: true,
};
const sipas: KnownResponses = { ...sipasKnown(), respondentUnits: sociological.respondentUnits };

const file = (...rows: string[]) => ['respondent,unit,question,answer,respondentUnit', ...rows].join('\n') + '\n';

describe('readResponses: the optional respondentUnit column (cross-evaluation)', () => {
  it('keeps the unit each respondent works in; an empty cell is a respondent from outside (a citizen, a business)', async () => {
    const reading = await readAll(file('LD-STP-01,so-noi-vu,TC1,4,so-tu-phap', 'LD-YT-02,so-noi-vu,TC1,3,so-y-te', 'DN-0001,so-noi-vu,TC1,5,'), 'csv', {
      known: sociological,
    });
    expect(reading.accepted).toEqual([
      { line: 2, respondent: 'LD-STP-01', unit: 'so-noi-vu', respondentUnit: 'so-tu-phap', question: 'TC1', answer: 4 },
      { line: 3, respondent: 'LD-YT-02', unit: 'so-noi-vu', respondentUnit: 'so-y-te', question: 'TC1', answer: 3 },
      { line: 4, respondent: 'DN-0001', unit: 'so-noi-vu', question: 'TC1', answer: 5 },
    ]);
    expect(reading.accepted[2]).not.toHaveProperty('respondentUnit', expect.anything());
    expect(reading.rejected).toEqual([]);
  });

  it('reads the column in any place and case, beside the four required ones', async () => {
    const reading = await readAll('RespondentUnit, question,answer,respondent,unit\nso-xay-dung,CC2,4,LD-SXD-07,tp-an-binh\n', 'csv', { known: sociological });
    expect(reading.accepted).toEqual([{ line: 2, respondent: 'LD-SXD-07', unit: 'tp-an-binh', respondentUnit: 'so-xay-dung', question: 'CC2', answer: 4 }]);
  });

  it('rejects a respondentUnit that is not a unit of the cycle, with its line, like an unknown unit', async () => {
    const reading = await readAll(file('LD-0001,so-noi-vu,TC1,4,so-tai-nguyen', 'LD-0001,so-noi-vu,TC2,4,so-tu-phap'), 'csv', { known: sociological });
    expect(reading.rejected).toEqual([
      {
        line: 2,
        code: 'RESPONDENT_UNIT_UNKNOWN',
        reason: `respondentUnit "so-tai-nguyen" is not a unit of the campaign's cycle (leave it empty for a respondent from outside, a citizen or a business)`,
      },
    ]);
    expect(reading.accepted.map((row) => row.line)).toEqual([3]);
  });

  it('in a cross-evaluation, rejects a unit rating itself and keeps its ratings of the others', async () => {
    const reading = await readAll(
      file('XHH-STP-0101,so-tu-phap,CC1,5,so-tu-phap', 'XHH-STP-0102,so-noi-vu,CC1,4,so-tu-phap', 'XHH-STP-0103,so-xay-dung,CC1,2,so-tu-phap'),
      'csv',
      { known: sociological },
    );
    expect(reading.rejected).toEqual([
      {
        line: 2,
        code: 'SELF_EVALUATION',
        reason:
          'the respondent works in the unit evaluated, "so-tu-phap": a unit does not evaluate itself (respondentUnit must name another unit, or be empty for a respondent from outside)',
      },
    ]);
    expect(reading.accepted.map((row) => [row.line, row.unit])).toEqual([
      [3, 'so-noi-vu'],
      [4, 'so-xay-dung'],
    ]);
  });

  it('outside a cross-evaluation (SIPAS), keeps a civil servant rating the service of their own unit', async () => {
    const reading = await readAll(file('CB-STP-03,so-tu-phap,KQ1,5,so-tu-phap'), 'csv', { known: sipas });
    expect(reading.accepted.map((row) => row.respondentUnit)).toEqual(['so-tu-phap']);
  });

  it('checks respondentUnit against the campaign units when the cycle units are not given', async () => {
    const reading = await readAll(file('LD-YT-02,so-noi-vu,TC1,3,so-y-te'), 'csv');
    expect(reading.rejected.map((row) => row.code)).toEqual(['RESPONDENT_UNIT_UNKNOWN']);
  });

  it('reads it from JSON lines as a unit id, or null or "" for a respondent from outside; anything else is a malformed line', async () => {
    const row = (respondent: string, respondentUnit: unknown) => JSON.stringify({ respondent, unit: 'so-noi-vu', question: 'TT1', answer: 4, respondentUnit });
    const lines = [
      row('XHH-SXD-0201', 'so-xay-dung'),
      row('XHH-DN-0001', null),
      row('XHH-DN-0002', ''),
      row('XHH-DN-0003', 17),
      JSON.stringify({ respondent: 'XHH-DN-0004', unit: 'so-noi-vu', question: 'TT1', answer: 4 }),
    ];
    const reading = await readAll(lines.join('\n'), 'jsonl', { known: sociological });
    expect(reading.accepted.map((accepted) => [accepted.line, accepted.respondentUnit])).toEqual([
      [1, 'so-xay-dung'],
      [2, undefined],
      [3, undefined],
      [5, undefined],
    ]);
    expect(reading.rejected).toEqual([
      { line: 4, code: 'MALFORMED_LINE', reason: 'respondentUnit must be a unit id, or null for a respondent from outside, not 17' },
    ]);
  });

  it('reads it from an XLSX column', async () => {
    const book = new Workbook();
    book.addWorksheet('Phiếu điều tra xã hội học').addRows([
      ['respondent', 'unit', 'question', 'answer', 'respondentUnit'],
      ['LD-HL-04', 'tp-an-binh', 'PA1', 4, 'huyen-hoa-loc'],
      ['LD-AB-01', 'tp-an-binh', 'PA1', 5, 'tp-an-binh'],
      ['NDN-0102', 'tp-an-binh', 'PA1', 3],
    ]);
    const reading = await readAll(Buffer.from(await book.xlsx.writeBuffer()), 'xlsx', { known: sociological });
    expect(reading.accepted.map((row) => [row.line, row.respondentUnit])).toEqual([
      [2, 'huyen-hoa-loc'],
      [4, undefined],
    ]);
    expect(reading.rejected.map((row) => [row.line, row.code])).toEqual([[3, 'SELF_EVALUATION']]);
  });

  it('names the five columns of the header when a row has the wrong number of values', async () => {
    const reading = await readAll(file('LD-0004,so-noi-vu,TC1,4'), 'csv', { known: sociological });
    expect(reading.rejected).toEqual([
      {
        line: 2,
        code: 'MALFORMED_LINE',
        reason: 'expected 5 values (respondent,unit,question,answer,respondentUnit), found 4: a value holding a comma must be quoted ("…")',
      },
    ]);
  });

  it('refuses a header naming respondentUnit twice', async () => {
    const refusal = await refusalOf('respondent,unit,question,answer,respondentUnit,RespondentUnit\n', 'csv');
    expect(refusal.code).toBe('COLUMNS_INVALID');
    expect(refusal.message).toContain('repeated: respondentUnit');
  });
});
