import { createHash } from 'node:crypto';
import { csv, readAll } from './responses.fixture';

const TOO_LONG = 'x'.repeat(10_001);

describe('readResponses, CSV', () => {
  it('keeps each answer of the respondents, with its line; an empty answer is kept as no answer', async () => {
    const reading = await readAll(csv('PV-2025-0001,so-tu-phap,TC1,4', 'PV-2025-0001,so-tu-phap,TC2,', 'PV-2025-0002,tp-an-binh,CC3,2'), 'csv');
    expect(reading.accepted).toEqual([
      { line: 2, respondent: 'PV-2025-0001', unit: 'so-tu-phap', question: 'TC1', answer: 4 },
      { line: 3, respondent: 'PV-2025-0001', unit: 'so-tu-phap', question: 'TC2', answer: null },
      { line: 4, respondent: 'PV-2025-0002', unit: 'tp-an-binh', question: 'CC3', answer: 2 },
    ]);
    expect(reading.rejected).toEqual([]);
    expect(reading.end).toEqual(expect.objectContaining({ lines: 4, accepted: 3, rejected: 0 }));
  });

  it('reads the columns in any order, whatever their case and spaces', async () => {
    const reading = await readAll('Question, Answer ,RESPONDENT,unit\r\nKQ3,5,PV-0107,huyen-hoa-loc\r\n', 'csv');
    expect(reading.accepted).toEqual([{ line: 2, respondent: 'PV-0107', unit: 'huyen-hoa-loc', question: 'KQ3', answer: 5 }]);
  });

  it('reads RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes, Vietnamese cut across pieces', async () => {
    const file = csv(
      '"PV-2025,0007","so-tu-phap",TT1,"5"',
      'PV-2025-0008,so-noi-vu,"Cán bộ Nguyễn Thị Hoà, bộ phận một cửa",4',
      '"PV ""08"" bis","so-xay-dung",PA2,3',
      '"PV-2025-0009\nbis",so-xay-dung,PA3,4',
      'PV-2025-0010,so-noi-vu,PA4,1',
    );
    const reading = await readAll(file, 'csv', { pieceSize: 7 });
    expect(reading.accepted.map(({ line, respondent, answer }) => [line, respondent, answer])).toEqual([
      [2, 'PV-2025,0007', 5],
      [4, 'PV "08" bis', 3],
      [7, 'PV-2025-0010', 1],
    ]);
    // The quoted question stays one value, comma and diacritics intact; the line break in a respondent id is refused.
    expect(reading.rejected).toEqual([
      { line: 3, code: 'QUESTION_UNKNOWN', reason: 'question "Cán bộ Nguyễn Thị Hoà, bộ phận một cửa" is not in the questionnaire' },
      { line: 5, code: 'RESPONDENT_INVALID', reason: 'respondent id contains a control character' },
    ]);
  });

  it('rejects each bad row with its line and reason, and keeps the others', async () => {
    const reading = await readAll(
      csv(
        'PV-0001,so-tu-phap,TC1,4',
        'PV-0001,so-tai-nguyen,TC2,4',
        'PV-0001,so-tu-phap,TC9,4',
        'PV-0001,so-tu-phap,TT1,6',
        'PV-0001,so-tu-phap,TT2,4.5',
        'PV-0001,so-tu-phap,TT3,bốn',
        'PV-0001,so-tu-phap,TT4,4,ghi chú',
        'PV-0001,so-tu-phap',
        'PV-0001,so-tu-phap,TC1,5',
        ',so-tu-phap,CC1,4',
        `${'PV'.repeat(33)},so-tu-phap,CC1,4`,
        'PV-0002,so-tu-phap,TC1,5',
      ),
      'csv',
    );
    expect(reading.accepted.map((row) => `${row.line} ${row.respondent} ${row.question}`)).toEqual(['2 PV-0001 TC1', '13 PV-0002 TC1']);
    expect(reading.rejected).toEqual([
      { line: 3, code: 'UNIT_UNKNOWN', reason: 'unit "so-tai-nguyen" is not a unit of this campaign' },
      { line: 4, code: 'QUESTION_UNKNOWN', reason: 'question "TC9" is not in the questionnaire' },
      { line: 5, code: 'ANSWER_INVALID', reason: 'answer "6" is not a whole number on the scale 1–5 (leave it empty for no answer)' },
      { line: 6, code: 'ANSWER_INVALID', reason: 'answer "4.5" is not a whole number on the scale 1–5 (leave it empty for no answer)' },
      { line: 7, code: 'ANSWER_INVALID', reason: 'answer "bốn" is not a whole number on the scale 1–5 (leave it empty for no answer)' },
      {
        line: 8,
        code: 'MALFORMED_LINE',
        reason: 'expected 4 values (respondent,unit,question,answer), found 5: a value holding a comma must be quoted ("…")',
      },
      {
        line: 9,
        code: 'MALFORMED_LINE',
        reason: 'expected 4 values (respondent,unit,question,answer), found 2: a value holding a comma must be quoted ("…")',
      },
      { line: 10, code: 'RESPONSE_DUPLICATE', reason: 'the respondent already answered question "TC1" earlier in this file' },
      { line: 11, code: 'RESPONDENT_INVALID', reason: 'respondent is empty: every row names its respondent by a pseudonymous id' },
      { line: 12, code: 'RESPONDENT_INVALID', reason: 'respondent id is longer than 64 characters' },
    ]);
  });

  it.each([
    ['a mobile number', '0912 345 678', 'a phone number'],
    ['a number with the country code', '+84912345678', 'a phone number'],
    ['an email', 'nguyenvana@gmail.com', 'an email address'],
    ['a citizen identity card number', '001203004567', 'an identity card number'],
  ])('rejects a respondent id that is %s (PERSONAL_DATA) without repeating it', async (_case, id, kind) => {
    const reading = await readAll(csv(`${id},so-noi-vu,CC1,5`, 'PV-0003,so-noi-vu,CC1,5'), 'csv');
    expect(reading.rejected).toEqual([
      {
        line: 2,
        code: 'PERSONAL_DATA',
        reason: `respondent id looks like ${kind}: respondents must be pseudonymous ids such as "PV-0001", never personal data`,
      },
    ]);
    expect(reading.accepted.map((row) => row.respondent)).toEqual(['PV-0003']);
  });

  it('counts lines as the file has them: Windows line breaks, blank lines, rows of empty cells (Excel) skipped', async () => {
    const file = 'respondent,unit,question,answer\r\n\r\nPV-0001,so-noi-vu,KQ1,5\r\n,,,\r\n\r\nPV-0001,so-noi-vu,KQ9,5\r\n';
    const reading = await readAll(file, 'csv');
    expect(reading.accepted.map((row) => row.line)).toEqual([3]);
    expect(reading.rejected.map((row) => row.line)).toEqual([6]);
    expect(reading.end?.lines).toBe(6);
  });

  it('rejects a line over 10,000 characters and reads on, line numbers unchanged', async () => {
    const reading = await readAll(csv('PV-0001,so-noi-vu,KQ1,5', `PV-0002,so-noi-vu,KQ1,"${TOO_LONG}"`, 'PV-0003,so-noi-vu,KQ1,4'), 'csv', { pieceSize: 1000 });
    expect(reading.rejected).toEqual([{ line: 3, code: 'LINE_TOO_LONG', reason: 'the line is longer than 10,000 characters' }]);
    expect(reading.accepted.map((row) => row.line)).toEqual([2, 4]);
  });

  it('counts characters, not bytes: 9,000 Vietnamese letters (27,000 bytes) are a line, and are not echoed back whole', async () => {
    const reading = await readAll(csv(`PV-0001,${'ở'.repeat(9_000)},KQ1,5`), 'csv', { pieceSize: 1000 });
    expect(reading.rejected).toEqual([{ line: 2, code: 'UNIT_UNKNOWN', reason: `unit "${'ở'.repeat(60)}…" is not a unit of this campaign` }]);
  });

  it('keeps a quote inside an unquoted value as text: the row fails its own checks, the next rows are read', async () => {
    const reading = await readAll(csv('PV-0001,so-"tu"-phap,TC1,4', 'PV-0001,so-tu-phap,TC1,4'), 'csv');
    expect(reading.rejected).toEqual([{ line: 2, code: 'UNIT_UNKNOWN', reason: 'unit "so-\\"tu\\"-phap" is not a unit of this campaign' }]);
    expect(reading.accepted.map((row) => row.line)).toEqual([3]);
  });

  it("accepts Excel's UTF-8 byte order mark; the checksum covers every byte read, however they arrive", async () => {
    const file = Buffer.from(`\ufeff${csv('PV-0001,so-tu-phap,TC1,4')}`, 'utf8');
    const expected = `sha256:${createHash('sha256').update(file).digest('hex')}`;
    const whole = await readAll(file, 'csv');
    const byteByByte = await readAll(file, 'csv', { pieceSize: 1 });
    expect(whole.accepted).toHaveLength(1);
    expect(whole.end).toEqual({ checksum: expected, bytes: file.length, lines: 2, accepted: 1, rejected: 0 });
    expect(byteByByte.end).toEqual(whole.end);
  });

  it('hands back chunks of at most chunkSize rows, the last one carrying the end', async () => {
    const rows = ['TC1', 'TC2', 'TC3', 'TC4', 'TT1'].map((question, index) => `PV-0001,so-tu-phap,${question},${(index % 5) + 1}`);
    const reading = await readAll(csv(...rows, 'PV-0001,so-tu-phap,TT9,1'), 'csv', { chunkSize: 2 });
    expect(reading.chunks).toBe(3);
    expect(reading.end).toEqual(expect.objectContaining({ accepted: 5, rejected: 1 }));
  });

  it('reads the same whether the first quote comes early or late: lines split directly until it, parsed after it', async () => {
    const plain = Array.from({ length: 300 }, (_, index) => `PV-${String(index).padStart(4, '0')}, so-tu-phap ,TC1,4\r`);
    const file = csv(
      ...plain,
      '',
      ' , , , ',
      'PV-9001,so-tu-phap,TC1',
      '"PV-9002","so-noi-vu","TC2","5"',
      '"PV-9003\nbis",so-noi-vu,TC2,1',
      'PV-9004,so-noi-vu,TC3,x',
    );
    for (const pieceSize of [5, 1_000, 64 * 1024]) {
      const reading = await readAll(file, 'csv', { pieceSize });
      expect(reading.accepted).toHaveLength(301);
      expect(reading.accepted[299]).toEqual({ line: 301, respondent: 'PV-0299', unit: 'so-tu-phap', question: 'TC1', answer: 4 });
      expect(reading.accepted[300]).toEqual({ line: 305, respondent: 'PV-9002', unit: 'so-noi-vu', question: 'TC2', answer: 5 });
      expect(reading.rejected.map(({ line, code }) => [line, code])).toEqual([
        [304, 'MALFORMED_LINE'],
        [306, 'RESPONDENT_INVALID'],
        [308, 'ANSWER_INVALID'],
      ]);
      expect(reading.end).toEqual(expect.objectContaining({ lines: 308 }));
    }
  });
});
