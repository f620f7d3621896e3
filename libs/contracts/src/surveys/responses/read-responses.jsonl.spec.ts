import { readAll } from './responses.fixture';

const row = (fields: Record<string, unknown>) => JSON.stringify({ respondent: 'PV-0001', unit: 'so-tu-phap', question: 'TC1', answer: 4, ...fields });

describe('readResponses, JSON lines', () => {
  it('keeps one answer per line: a number, a numeric text, or none (null or "")', async () => {
    const file = [row({}), row({ question: 'TC2', answer: '5' }), '', row({ question: 'TC3', answer: null }), row({ question: 'TC4', answer: '' })].join(
      '\r\n',
    );
    const reading = await readAll(file, 'jsonl');
    expect(reading.accepted.map(({ line, question, answer }) => [line, question, answer])).toEqual([
      [1, 'TC1', 4],
      [2, 'TC2', 5],
      [4, 'TC3', null],
      [5, 'TC4', null],
    ]);
    expect(reading.end).toEqual(expect.objectContaining({ lines: 5, accepted: 4, rejected: 0 }));
  });

  it('rejects each malformed line with its line and reason, and keeps the others', async () => {
    const file = [
      '{"respondent":"PV-0001",',
      '["PV-0001","so-tu-phap","TC1",4]',
      row({ ghiChu: 'Người dân góp ý thêm' }),
      JSON.stringify({ respondent: 'PV-0001', unit: 'so-tu-phap', question: 'TC1' }),
      row({ respondent: 1001 }),
      row({ answer: true }),
      row({ answer: 4.5 }),
      row({ unit: 'so-giao-thong' }),
      row({ question: 'KQ1' }),
    ].join('\n');
    const reading = await readAll(file, 'jsonl');
    expect(reading.rejected).toEqual([
      { line: 1, code: 'MALFORMED_LINE', reason: 'is not valid JSON' },
      { line: 2, code: 'MALFORMED_LINE', reason: 'must be one JSON object {"respondent","unit","question","answer"}' },
      { line: 3, code: 'MALFORMED_LINE', reason: 'has the unexpected field "ghiChu"' },
      { line: 4, code: 'MALFORMED_LINE', reason: 'lacks the field "answer"' },
      { line: 5, code: 'MALFORMED_LINE', reason: 'respondent must be a string, not 1001' },
      { line: 6, code: 'ANSWER_INVALID', reason: 'answer must be a whole number, text or null, not true' },
      { line: 7, code: 'ANSWER_INVALID', reason: 'answer 4.5 is not a whole number on the scale 1–5 (leave it empty for no answer)' },
      { line: 8, code: 'UNIT_UNKNOWN', reason: 'unit "so-giao-thong" is not a unit of this campaign' },
    ]);
    expect(reading.accepted.map((kept) => kept.line)).toEqual([9]);
  });

  it('rejects a line over 10,000 characters and reads on', async () => {
    const file = [row({}), row({ question: 'TC2', answer: 'x'.repeat(10_000) }), row({ question: 'TC3' })].join('\n');
    const reading = await readAll(file, 'jsonl', { pieceSize: 4096 });
    expect(reading.rejected).toEqual([{ line: 2, code: 'LINE_TOO_LONG', reason: 'the line is longer than 10,000 characters' }]);
    expect(reading.accepted.map((kept) => kept.line)).toEqual([1, 3]);
  });
});
