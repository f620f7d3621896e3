import type { ResponseRow, ResponsesChunk } from '@par/contracts';
import { createTestDatabase, type TestDatabase } from '@par/testing';
import { Pool } from 'pg';
import { SURVEY_SCHEMA } from '../survey.config';
import { AnswersImport } from './answers-import';
import { migrateAnswers } from './answers.migrations';

jest.setTimeout(60_000);

const CAMPAIGN = 'xhh-2025';
const SATISFIED = [3, 4];

/** A file whose rows are `respondent question` pairs about Sở Nội vụ, from line 2 on, as the reader would hand it over. */
async function* fileOf(checksum: string, pairs: readonly string[], respondentUnit?: string): AsyncGenerator<ResponsesChunk> {
  const accepted: ResponseRow[] = pairs.map((pair, index) => {
    const [respondent, question] = pair.split(' ');
    return { line: index + 2, respondent, unit: 'so-noi-vu', respondentUnit, question, answer: 4 };
  });
  yield { accepted, rejected: [], end: { checksum, bytes: 1, lines: pairs.length + 1, accepted: pairs.length, rejected: 0 } };
}

describe('rows repeating an earlier batch of the campaign: left out at commit, each with its line', () => {
  let database: TestDatabase;
  let pool: Pool;

  /** Stages a file, leaves out what repeats `recorded`, commits; answers what was left out and the counts kept. */
  const imported = async (checksum: string, pairs: readonly string[], recorded: readonly string[], respondentUnit?: string) => {
    const answers = await AnswersImport.begin(pool, CAMPAIGN);
    await answers.stage(fileOf(checksum, pairs, respondentUnit));
    await answers.lock();
    const repeated = await answers.removeRepeated(recorded);
    const counts = await answers.commit(checksum, recorded, SATISFIED);
    await answers.close();
    return { repeated, counts };
  };

  beforeAll(async () => {
    database = await createTestDatabase('survey_answers_repeated');
    pool = new Pool({ connectionString: database.url, max: 4 });
    await migrateAnswers(pool);
  });

  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it("has nothing to compare in the campaign's first batch, and stores each row's line and respondent's unit", async () => {
    const { repeated } = await imported('sha256:dot-1', ['XHH-02-LD01 VB1', 'XHH-02-LD01 VB2', 'XHH-02-LD03 VB1'], [], 'so-tu-phap');
    expect(repeated).toEqual({ count: 0, rows: [] });
    const stored = await pool.query(`SELECT line, respondent, respondent_unit FROM ${SURVEY_SCHEMA}.answers ORDER BY line`);
    expect(stored.rows).toEqual([
      { line: 2, respondent: 'XHH-02-LD01', respondent_unit: 'so-tu-phap' },
      { line: 3, respondent: 'XHH-02-LD01', respondent_unit: 'so-tu-phap' },
      { line: 4, respondent: 'XHH-02-LD03', respondent_unit: 'so-tu-phap' },
    ]);
  });

  it('leaves out the rows whose respondent already answered the question in a recorded batch, and keeps the others', async () => {
    const { repeated, counts } = await imported(
      'sha256:dot-2',
      ['XHH-02-LD03 VB2', 'XHH-02-LD01 VB2', 'XHH-02-LD03 VB1', 'XHH-02-ND001 CV1'],
      ['sha256:dot-1'],
    );
    expect(repeated.count).toBe(2);
    expect(repeated.rows).toEqual([
      { line: 3, code: 'RESPONSE_DUPLICATE', reason: expect.stringMatching(/^already answered in an earlier batch: the respondent answered question "VB2"/) },
      { line: 4, code: 'RESPONSE_DUPLICATE', reason: expect.stringMatching(/^already answered in an earlier batch: the respondent answered question "VB1"/) },
    ]);
    expect(counts).toEqual({ answers: 2, respondents: 2, units: [{ unitId: 'so-noi-vu', respondents: 2, answers: 2, satisfied: 2 }] });
  });

  it('holds against a file only the batches in the log, not an import whose event never came', async () => {
    // dot-3 committed its rows, but its ResponsesBatchAccepted was never appended: the log knows dot-1 and dot-2 only.
    await imported('sha256:dot-3', ['XHH-03-LD01 TC1'], ['sha256:dot-1', 'sha256:dot-2']);
    const { repeated } = await imported('sha256:dot-4', ['XHH-03-LD01 TC1'], ['sha256:dot-1', 'sha256:dot-2']);
    expect(repeated.count).toBe(0);
  });
});
