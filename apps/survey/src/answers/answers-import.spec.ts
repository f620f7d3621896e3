import type { OpenedQuestionnaire, ResponseRow, ResponsesChunk } from '@par/contracts';
import { createTestDatabase, type TestDatabase } from '@par/testing';
import { Pool } from 'pg';
import { AnswerCountsReader } from '../indices/answer-counts.reader';
import { migrateCampaigns } from '../projections/campaigns/campaigns.migrations';
import { SURVEY_SCHEMA, type SurveyOptions } from '../survey.config';
import { AnswersImport } from './answers-import';
import { migrateAnswers } from './answers.migrations';

jest.setTimeout(60_000);

const s = SURVEY_SCHEMA;
const CAMPAIGN = 'sipas-2025';
const SATISFIED = [4, 5];
const QUESTIONNAIRE: OpenedQuestionnaire = {
  scale: { min: 1, max: 5, satisfied: SATISFIED },
  aspects: [{ code: 'TC', title: 'Tiếp cận dịch vụ', questions: [{ code: 'TC1', text: 'Nơi ngồi chờ' }] }],
};

/** A file of `respondents` answers of TC1 for one unit, all `answer`, as the reader would hand it over. */
async function* fileOf(unit: string, respondents: number, answer: number): AsyncGenerator<ResponsesChunk> {
  const accepted: ResponseRow[] = Array.from({ length: respondents }, (_, index) => ({
    line: index + 2,
    respondent: `PV-${unit}-${index}`,
    unit,
    question: 'TC1',
    answer,
  }));
  yield { accepted, rejected: [], end: { checksum: `sha256:${unit}`, bytes: 1, lines: respondents + 1, accepted: respondents, rejected: 0 } };
}

describe('answers of an import: written once under its key, counted once its batch is accepted', () => {
  let database: TestDatabase;
  let pool: Pool;
  let counts: AnswerCountsReader;
  const rowsOf = async () => (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${s}.answers`)).rows[0].n;
  const counted = async () => (await counts.countsOf(CAMPAIGN, QUESTIONNAIRE)).counts.units.map((unit) => [unit.unit, unit.respondents]);
  /** What the campaigns projector does once ResponsesBatchAccepted is in the log. */
  const accept = (batchId: string) =>
    pool.query(`INSERT INTO ${s}.accepted_batches VALUES ($1, $2, 0, 0, 0, 0, (SELECT count(*) FROM ${s}.accepted_batches) + 2, now())`, [CAMPAIGN, batchId]);
  const committed = async (unit: string, recorded: string[]) => {
    const answers = await AnswersImport.begin(pool, CAMPAIGN);
    const staged = await answers.stage(fileOf(unit, 10, 5));
    await answers.lock();
    const batch = await answers.commit(staged.end.checksum, recorded, SATISFIED);
    await answers.close();
    return batch;
  };

  beforeAll(async () => {
    database = await createTestDatabase('survey_answers');
    pool = new Pool({ connectionString: database.url, max: 4 });
    await migrateAnswers(pool);
    await migrateCampaigns(pool);
    counts = new AnswerCountsReader({ pool } as SurveyOptions);
  });

  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it('commits the rows of an import with its counts; they count once the batch is accepted', async () => {
    expect(await committed('so-tu-phap', [])).toEqual({
      answers: 10,
      respondents: 10,
      units: [{ unitId: 'so-tu-phap', respondents: 10, answers: 10, satisfied: 10 }],
    });
    expect(await rowsOf()).toBe(10);
    expect(await counted()).toEqual([]);
    await accept('sha256:so-tu-phap');
    expect(await counted()).toEqual([['so-tu-phap', 10]]);
  });

  it('never counts an import left without its event, and the next import of the campaign removes its rows', async () => {
    await committed('so-noi-vu', ['sha256:so-tu-phap']); // a crash before ResponsesBatchAccepted was appended
    expect(await counted()).toEqual([['so-tu-phap', 10]]);
    expect(await rowsOf()).toBe(20);
    await committed('so-y-te', ['sha256:so-tu-phap']);
    expect(await rowsOf()).toBe(20);
    expect((await pool.query(`SELECT batch_id FROM ${s}.answer_imports ORDER BY import_id`)).rows.map((row) => row.batch_id)).toEqual([
      'sha256:so-tu-phap',
      'sha256:so-y-te',
    ]);
  });

  it('leaves nothing of a discarded import, nor of one whose event could not be appended', async () => {
    const discarded = await AnswersImport.begin(pool, CAMPAIGN);
    await discarded.stage(fileOf('so-xay-dung', 10, 1));
    await discarded.lock();
    await discarded.discard();
    await discarded.close();
    const failed = await AnswersImport.begin(pool, CAMPAIGN);
    await failed.stage(fileOf('so-tai-chinh', 10, 1));
    await failed.lock();
    await failed.commit('sha256:so-tai-chinh', ['sha256:so-tu-phap', 'sha256:so-y-te'], SATISFIED);
    await failed.removeBatch();
    await failed.close();
    expect(await rowsOf()).toBe(20);
  });

  it('lets two imports of one campaign stream at once, and commit one after the other', async () => {
    const first = await AnswersImport.begin(pool, CAMPAIGN);
    const second = await AnswersImport.begin(pool, CAMPAIGN);
    await Promise.all([first.stage(fileOf('so-cong-thuong', 10, 4)), second.stage(fileOf('so-giao-duc', 10, 3))]);
    await first.lock();
    let secondLocked = false;
    const waiting = second.lock().then(() => (secondLocked = true));
    await new Promise((done) => setTimeout(done, 200));
    expect(secondLocked).toBe(false);
    await first.commit('sha256:so-cong-thuong', ['sha256:so-tu-phap', 'sha256:so-y-te'], SATISFIED);
    await first.close();
    await waiting;
    // The first import's batch is in the log by now: the second keeps it.
    await second.commit('sha256:so-giao-duc', ['sha256:so-tu-phap', 'sha256:so-y-te', 'sha256:so-cong-thuong'], SATISFIED);
    await second.close();
    expect(await rowsOf()).toBe(40);
  });
});
