import { systemClock } from '@par/contracts';
import { PostgresEventStore } from '@par/event-store';
import { migrateConsumerTables } from '@par/messaging';
import { createTestDatabase, type TestDatabase } from '@par/testing';
import { Pool } from 'pg';
import { SURVEY_LOG_OPTIONS, SURVEY_SCHEMA, type SurveyOptions } from '../survey.config';
import { GetPublishedTrendHandler } from './get-published-trend/get-published-trend.handler';
import { GetPublishedTrendQuery } from './get-published-trend/get-published-trend.query';
import { PublishedScoresProjector } from './projections/published-scores/published-scores.projector';
import { PublishedScoresReader } from './projections/published-scores/published-scores.reader';
import { PublishedIndexFeed } from './published-index.feed';
import { PublishedIndexLog } from './published-index-log';
import { RecordPublishedIndexCommand } from './record-published-index/record-published-index.command';
import { RecordPublishedIndexHandler } from './record-published-index/record-published-index.handler';
import { admin, papiFile, papiFileWith } from './testing/papi.fixtures';

jest.setTimeout(60_000);

/** An Bình's PAPI 2021–2023, a correction of 2022, and the trend read back, on real PostgreSQL (the pieces built by hand, not the module). */
describe('published PAPI figures of a province and their trend (real PostgreSQL)', () => {
  let database: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;
  let feed: PublishedIndexFeed;
  let record: RecordPublishedIndexHandler;
  let trend: GetPublishedTrendHandler;

  const recordFile = (file: unknown, reason?: string) => record.execute(new RecordPublishedIndexCommand(file, admin, reason));
  const readTrend = async (province = 'an-binh', kind?: string) => {
    await feed.caughtUp();
    return trend.execute(new GetPublishedTrendQuery(province, kind));
  };

  beforeAll(async () => {
    database = await createTestDatabase('survey_published_test');
    pool = new Pool({ connectionString: database.url, max: 4 });
    pool.on('error', () => undefined);
    store = new PostgresEventStore(pool, SURVEY_SCHEMA, SURVEY_LOG_OPTIONS);
    await store.migrate();
    await migrateConsumerTables(pool, SURVEY_SCHEMA);
    const config: SurveyOptions = { pool, mode: 'embedded', submissions: store, pollIntervalMs: 20 };
    record = new RecordPublishedIndexHandler(new PublishedIndexLog(store, systemClock));
    trend = new GetPublishedTrendHandler(new PublishedScoresReader(config));
    feed = new PublishedIndexFeed(config, store, new PublishedScoresProjector());
    await feed.start();
  });

  afterAll(async () => {
    await feed?.stop();
    await pool?.end();
    await database?.drop();
  });

  it('records three years, each as revision 1 of its own stream', async () => {
    for (const year of [2023, 2021, 2022]) {
      expect(await recordFile(papiFile(year))).toEqual({ streamId: `published-index:PAPI:an-binh:${year}`, events: ['PublishedIndexRecorded'], version: 1 });
    }
  });

  it('records the same file again as nothing', async () => {
    expect(await recordFile(papiFile(2022))).toEqual({ streamId: 'published-index:PAPI:an-binh:2022', events: [], version: 1 });
  });

  it('refuses a correction without its reason, and records it as revision 2 with one, keeping revision 1', async () => {
    const corrected = papiFileWith(2022, 3, '4.4102');
    await expect(recordFile(corrected)).rejects.toMatchObject({ code: 'PUBLISHED_CORRECTION_REASON_REQUIRED', category: 'invalid' });
    expect(await recordFile(corrected, 'UNDP đính chính chỉ số Trách nhiệm giải trình năm 2022')).toMatchObject({
      events: ['PublishedIndexRecorded'],
      version: 2,
    });
    const revisions = await store.readStream('published-index:PAPI:an-binh:2022');
    expect(revisions.map((event) => [event.streamVersion, (event.data as { revision: number }).revision, event.metadata.reason ?? null])).toEqual([
      [1, 1, null],
      [2, 2, 'UNDP đính chính chỉ số Trách nhiệm giải trình năm 2022'],
    ]);
  });

  it('passes over the campaign events of the same log', async () => {
    await store.append('campaign:sipas-2025', [{ type: 'CampaignOpened', data: { campaignId: 'sipas-2025' } }], { expectedVersion: 0 });
    await feed.caughtUp();
    const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${SURVEY_SCHEMA}.published_index_years`);
    expect(rows[0].n).toBe(3);
  });

  it('reads the trend: per dimension the score per year, oldest first, and the change since the year before; each year’s total', async () => {
    const view = await readTrend();
    expect(view.province).toBe('an-binh');
    expect(view.indices).toHaveLength(1);
    const [papi] = view.indices;
    expect(papi.years.map(({ year, revision, total, maxTotal, change }) => ({ year, revision, total, maxTotal, change }))).toEqual([
      { year: 2021, revision: 1, total: '43.4598', maxTotal: '80.0000', change: null },
      { year: 2022, revision: 2, total: '44.2473', maxTotal: '80.0000', change: '0.7875' },
      { year: 2023, revision: 1, total: '45.1340', maxTotal: '80.0000', change: '0.8867' },
    ]);
    expect(papi.dimensions.map((dimension) => dimension.code)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8']);
    expect(papi.dimensions[2]).toEqual({
      code: 'D3',
      title: 'Trách nhiệm giải trình với người dân',
      max: '10.0000',
      scores: [
        { year: 2021, score: '4.3127', change: null },
        { year: 2022, score: '4.4102', change: '0.0975' },
        { year: 2023, score: '4.3560', change: '-0.0542' },
      ],
    });
    expect(papi.years[0].source).toEqual({ title: 'Báo cáo PAPI 2021', url: 'https://papi.org.vn/bao-cao/', publishedOn: '2022-04-16' });
  });

  it('reads one index when asked, and says so when a province or an index has nothing recorded', async () => {
    expect((await readTrend('an-binh', 'PAPI')).indices.map((index) => index.kind)).toEqual(['PAPI']);
    await expect(readTrend('an-binh', 'DGI')).rejects.toMatchObject({ code: 'PUBLISHED_INDEX_NOT_FOUND', category: 'not-found' });
    await expect(readTrend('binh-an')).rejects.toMatchObject({ code: 'PUBLISHED_INDEX_NOT_FOUND' });
    await expect(readTrend('an-binh', 'PCI')).rejects.toMatchObject({ code: 'PUBLISHED_TREND_REQUEST_INVALID', field: 'kind' });
    await expect(readTrend('x'.repeat(5_000))).rejects.toMatchObject({ code: 'PUBLISHED_TREND_REQUEST_INVALID', field: 'province' });
  });

  it('refuses a file that breaks the contract, listing every problem and recording nothing', async () => {
    const broken = papiFileWith(2023, 5, '10.5');
    broken.dimensions.pop();
    const refusal = await recordFile(broken).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: 'PUBLISHED_INDEX_FILE_INVALID', field: 'dimensions' });
    expect((refusal as { details: string[] }).details).toEqual([
      'dimensions: PAPI has exactly 8 dimensions; the file lists 7',
      'dimensions[D5].score: "10.5" is not within 0 to 10',
    ]);
    expect(await store.readStream('published-index:PAPI:an-binh:2023')).toHaveLength(1);
  });
});
