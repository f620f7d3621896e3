import { readResponses } from './read-responses';
import { csv, piecesOf, refusalOf, sipasKnown } from './responses.fixture';
import { ResponsesFileError } from './responses-file-error';

const SAVE_AS_UTF8 = 'responses files must be saved as UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)") and imported again';

/** "Sở Tư pháp" as Windows-1258 writes it: ơ (F5) with a combining hook (D2), ư (FD), á (E1). */
const SO_TU_PHAP_CP1258 = Buffer.from([0x53, 0xf5, 0xd2, 0x20, 0x54, 0xfd, 0x20, 0x70, 0x68, 0xe1, 0x70]);

describe('readResponses refuses a whole file', () => {
  describe('whose bytes are not UTF-8', () => {
    it('a UTF-16 file with its byte order mark (Excel\'s "Unicode Text")', async () => {
      const refusal = await refusalOf(Buffer.from(`\ufeff${csv('PV-0001,so-tu-phap,TC1,4')}`, 'utf16le'), 'csv');
      expect(refusal.toJSON()).toEqual({
        code: 'ENCODING_INVALID',
        line: 1,
        message: `line 1: the file starts with a UTF-16 byte order mark: it was saved as UTF-16 ("Unicode"); ${SAVE_AS_UTF8}`,
      });
    });

    it('a UTF-16 file without the mark', async () => {
      const refusal = await refusalOf(Buffer.from(csv('PV-0001,so-tu-phap,TC1,4'), 'utf16le'), 'jsonl');
      expect(refusal.message).toBe(`line 1: the file contains NUL bytes: it looks like UTF-16 ("Unicode") text; ${SAVE_AS_UTF8}`);
    });

    it('a Windows-1258 file, at the first line that is not UTF-8, even after rows were handed back', async () => {
      const file = Buffer.concat([
        Buffer.from(csv('PV-0001,so-tu-phap,TC1,4', 'PV-0002,so-tu-phap,TC1,5')),
        Buffer.from('PV-0003,'),
        SO_TU_PHAP_CP1258,
        Buffer.from(',TC1,4\n'),
      ]);
      const seen: string[] = [];
      const reading = (async () => {
        for await (const chunk of readResponses(piecesOf(file, 16), 'csv', sipasKnown(), { chunkSize: 1 })) seen.push(chunk.end ? 'end' : 'chunk');
      })();
      const refusal = await reading.then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refusal).toBeInstanceOf(ResponsesFileError);
      expect((refusal as ResponsesFileError).toJSON()).toEqual({
        code: 'ENCODING_INVALID',
        line: 4,
        message: `line 4: the file is not UTF-8: it looks like Windows-1258 or another legacy Vietnamese encoding (TCVN3, VNI); ${SAVE_AS_UTF8}`,
      });
      // Rows came before the refusal, but no end: the caller commits nothing (rows are final only at `end`).
      expect(seen).not.toContain('end');
    });
  });

  describe('whose header is not the four columns', () => {
    it.each([
      ['a missing column', 'respondent,unit,question\nPV-0001,so-tu-phap,TC1\n', 'missing: answer'],
      ['an extra column', 'respondent,unit,question,answer,Tên đơn vị\n', 'unexpected: "Tên đơn vị"'],
      ['a repeated column', 'respondent,unit,question,answer,answer\n', 'repeated: answer'],
      ['values separated by semicolons', 'respondent;unit;question;answer\n', 'its values look separated by ";" or tabs: save the file as CSV with commas'],
    ])('%s', async (_case, file, detail) => {
      const refusal = await refusalOf(file, 'csv');
      expect(refusal.code).toBe('COLUMNS_INVALID');
      expect(refusal.message).toContain('line 1: the header must name the columns respondent,unit,question,answer (in any order)');
      expect(refusal.message).toContain(detail);
    });

    it('an empty file', async () => {
      expect((await refusalOf('', 'csv')).message).toBe('the file is empty: it must start with the header respondent,unit,question,answer');
    });

    it('a header row over 10,000 characters', async () => {
      expect((await refusalOf(`respondent,unit,question,answer,${'x'.repeat(10_000)}\n`, 'csv')).message).toBe(
        'line 1: the header row is longer than 10,000 characters',
      );
    });

    it('a quote opened and never closed, which swallows the rows after it', async () => {
      const refusal = await refusalOf(csv('PV-0001,so-tu-phap,TC1,4', 'PV-0002,"so-tu-phap,TC1,4', 'PV-0003,so-tu-phap,TC1,4'), 'csv');
      expect(refusal.toJSON()).toEqual({
        code: 'FILE_MALFORMED',
        line: 3,
        message: 'line 3: a quote (") opened on this line is never closed, so the rows after it cannot be told apart',
      });
    });
  });

  describe('that carries personal data', () => {
    it.each(['Họ và tên', 'ho_ten', 'SĐT', 'so dien thoai', 'Địa chỉ', 'Email', 'CCCD', 'respondentName'])('a column %p', async (column) => {
      const refusal = await refusalOf(`respondent,unit,question,answer,${column}\n`, 'csv');
      expect(refusal.code).toBe('PERSONAL_DATA_COLUMN');
      expect(refusal.message).toMatch(/^line 1: column ".+" looks like (a|an) [a-z ]+: respondents are pseudonymous ids, so a responses file carries no names/);
    });

    it('a field of a JSON line', async () => {
      const refusal = await refusalOf('{"respondent":"PV-0001","unit":"so-noi-vu","question":"CC1","answer":5,"số điện thoại":"0912345678"}\n', 'jsonl');
      expect(refusal.toJSON()).toEqual({
        code: 'PERSONAL_DATA_COLUMN',
        line: 1,
        message:
          'line 1: column "số điện thoại" looks like a phone number: respondents are pseudonymous ids, so a responses file carries no names, ' +
          'phone numbers, addresses, emails or identity numbers; remove the column and import again',
      });
    });
  });
});
