import { INestApplicationContext } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { NestFactory } from '@nestjs/core';
import { type Actor, LOG_UPCASTERS, parseSurveyEvent } from '@par/contracts';
import { SIPAS_2025_UNITS as FIXTURE_UNITS, sipas2025CampaignFile } from '@par/contracts/testing';
import { PostgresEventStore } from '@par/event-store';
import { createTestDatabase, TestDatabase } from '@par/testing';
import { Readable } from 'node:stream';
import { Pool } from 'pg';
import { ApplySurveyPointsCommand } from './apply-survey-points/apply-survey-points.command';
import { GetSurveyResultsQuery } from './get-survey-results/get-survey-results.query';
import type { SurveyResultsView } from './get-survey-results/survey-results.view';
import { SurveyRuntime } from './infrastructure/survey.runtime';
import { OpenCampaignCommand } from './open-campaign/open-campaign.command';
import { RecordResponsesCommand } from './record-responses/record-responses.command';
import { SURVEY_SCHEMA } from './survey.config';
import { SurveyModule } from './survey.module';
import { DEPARTMENTS, DISTRICTS, generateSipasResponses, handIndex, handPoints, setUpDemoCycle, SURVEY_LEAF_MAX } from './testing';

jest.setTimeout(120_000);

const admin: Actor = { userId: 'le.thi.c', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu' };
const UNITS = [...DEPARTMENTS, ...DISTRICTS];

/** A file as a stream delivers it: 64 KiB pieces. */
function streamOf(text: string): Readable {
  const bytes = Buffer.from(text, 'utf8');
  const pieces: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += 64 * 1024) pieces.push(bytes.subarray(start, start + 64 * 1024));
  return Readable.from(pieces);
}

describe('survey service (embedded, real PostgreSQL): a SIPAS 2025 campaign of the demo province', () => {
  let database: TestDatabase;
  let pool: Pool;
  let submissions: PostgresEventStore;
  let survey: PostgresEventStore;
  let app: INestApplicationContext;
  let commands: CommandBus;
  let queries: QueryBus;
  let runtime: SurveyRuntime;
  const responses = generateSipasResponses(UNITS, 200);
  let failNextAppend = false;

  const importResponses = (csv: string) => commands.execute(new RecordResponsesCommand('sipas-2025', streamOf(csv), 'csv', admin));
  const results = async (): Promise<SurveyResultsView> => {
    await runtime.campaignsCaughtUp();
    return queries.execute(new GetSurveyResultsQuery('sipas-2025'));
  };
  const answerRows = async () => (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${SURVEY_SCHEMA}.answers`)).rows[0].n;
  const pointsEvents = async () =>
    (await survey.readStream('campaign:sipas-2025'))
      .filter((event) => event.type === 'SurveyPointsApplied')
      .map((event) => parseSurveyEvent(event.type, event.schemaVersion, event.data))
      .map((event) => (event.type === 'SurveyPointsApplied' ? event.data : null));

  beforeAll(async () => {
    database = await createTestDatabase('survey');
    pool = new Pool({ connectionString: database.url, max: 8 });
    pool.on('error', () => undefined);
    submissions = new PostgresEventStore(pool, 'submissions', { upcasters: LOG_UPCASTERS.submissions });
    await submissions.migrate();
    await setUpDemoCycle(submissions);
    survey = new PostgresEventStore(pool, SURVEY_SCHEMA);
    // The service's log, whose next append can be made to fail (a lost connection at the commit point).
    const flaky = Object.assign(Object.create(survey) as PostgresEventStore, {
      append: (...args: Parameters<PostgresEventStore['append']>) => {
        if (failNextAppend) {
          failNextAppend = false;
          return Promise.reject(new Error('connection lost while appending'));
        }
        return survey.append(...args);
      },
    });
    app = await NestFactory.createApplicationContext(
      SurveyModule.register({ pool, mode: 'embedded', submissions, eventStore: () => flaky, pollIntervalMs: 20 }),
      { logger: ['error'], abortOnError: false },
    );
    commands = app.get(CommandBus);
    queries = app.get(QueryBus);
    runtime = app.get(SurveyRuntime);
    await runtime.catalogueCaughtUp();
  });

  afterAll(async () => {
    await app?.close();
    await pool?.end();
    await database?.drop();
  });

  it('the fixture names exactly the demo units', () => expect([...FIXTURE_UNITS].sort()).toEqual([...UNITS].sort()));

  it('refuses a SIPAS campaign for a cycle that does not exist, naming the field', async () => {
    const file = sipas2025CampaignFile();
    file.campaign.cycle = 'demo-2099';
    await expect(commands.execute(new OpenCampaignCommand(file, admin))).rejects.toMatchObject({ code: 'CYCLE_UNKNOWN', field: 'campaign.cycle' });
  });

  it('refuses a campaign file with problems, listing them', async () => {
    const file = { ...sipas2025CampaignFile(), format: 'par-interchange/1' };
    await expect(commands.execute(new OpenCampaignCommand(file, admin))).rejects.toMatchObject({ code: 'CAMPAIGN_FILE_INVALID', field: 'format' });
  });

  it('refuses responses before the campaign is opened', () => expect(importResponses(responses.csv)).rejects.toMatchObject({ code: 'CAMPAIGN_NOT_FOUND' }));

  it('opens the campaign once; the same file again is a no-op', async () => {
    expect(await commands.execute(new OpenCampaignCommand(sipas2025CampaignFile(), admin))).toMatchObject({ events: ['CampaignOpened'], version: 1 });
    expect(await commands.execute(new OpenCampaignCommand(sipas2025CampaignFile(), admin))).toMatchObject({ events: [], version: 1 });
  });

  it('imports ~20,000 answers, rejecting the bad rows with their line and reason', async () => {
    const imported = await importResponses(responses.csv);
    expect(imported.alreadyRecorded).toBe(false);
    expect(imported.batchId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(imported.accepted).toBe(responses.goodRows);
    expect(responses.goodRows).toBe(20_000);
    expect(imported.rejected.map((row) => [row.line, row.code])).toEqual([...responses.badLines]);
    expect(imported.rejectedCount).toBe(responses.badLines.size);
    expect(await answerRows()).toBe(20_000);
    const [batch] = (await survey.readStream('campaign:sipas-2025')).filter((event) => event.type === 'ResponsesBatchAccepted');
    expect(batch.data).toMatchObject({ batchId: imported.batchId, rows: 20_000, rejected: 6, respondents: 1_000 });
  });

  it('imports the same file again as a no-op: no row copied, no event', async () => {
    const again = await importResponses(responses.csv);
    expect(again).toMatchObject({ alreadyRecorded: true, accepted: 20_000, rejectedCount: 6 });
    expect(await answerRows()).toBe(20_000);
    expect((await survey.readStream('campaign:sipas-2025')).map((event) => event.type)).toEqual(['CampaignOpened', 'ResponsesBatchAccepted']);
  });

  it('removes the rows of a batch whose event could not be appended: nothing of the file remains', async () => {
    const other = generateSipasResponses(['so-noi-vu'], 3, 7).csv;
    failNextAppend = true;
    await expect(importResponses(other)).rejects.toThrow('connection lost while appending');
    expect(await answerRows()).toBe(20_000);
  });

  it('refuses a file with a personal-data column as a whole, copying nothing', async () => {
    const csv = 'respondent,ho_ten,unit,question,answer\nPV-1,Nguyễn Văn A,so-tu-phap,TC1,5\n';
    await expect(importResponses(csv)).rejects.toMatchObject({ code: 'RESPONSES_FILE_REFUSED', field: 'file' });
    expect(await answerRows()).toBe(20_000);
  });

  it('reads indices per unit and aspect that equal a hand computation', async () => {
    const view = await results();
    expect(view.campaign).toBe('sipas-2025');
    expect(view.units.map((unit) => unit.unit)).toEqual([...UNITS].sort());
    for (const unit of view.units) {
      const tally = responses.tally.get(unit.unit)!;
      expect(unit).toMatchObject({ respondents: 200, answers: tally.answers, index: handIndex(tally.satisfied, tally.answers) });
      expect(unit.aspects.map((aspect) => [aspect.code, aspect.index])).toEqual(
        [...tally.aspects].map(([code, counts]) => [code, handIndex(counts.satisfied, counts.answers)]),
      );
      expect(Number(unit.ci!.low)).toBeLessThanOrEqual(Number(unit.index));
      expect(Number(unit.ci!.high)).toBeGreaterThanOrEqual(Number(unit.index));
    }
    const all = [...responses.tally.values()];
    const sum = (pick: (tally: (typeof all)[number]) => number) => all.reduce((total, tally) => total + pick(tally), 0);
    expect(view.province).toMatchObject({
      respondents: 1_000,
      answers: sum((t) => t.answers),
      index: handIndex(
        sum((t) => t.satisfied),
        sum((t) => t.answers),
      ),
    });
  });

  it('never counts rows of a batch whose event is missing', async () => {
    const before = await results();
    // An import that stored its rows but whose ResponsesBatchAccepted was never appended.
    const { rows } = await pool.query<{ import_id: string }>(
      `INSERT INTO ${SURVEY_SCHEMA}.answer_imports (campaign_id, batch_id) VALUES ('sipas-2025', 'sha256:orphan') RETURNING import_id`,
    );
    const importId = rows[0].import_id;
    await pool.query(`INSERT INTO ${SURVEY_SCHEMA}.answers (import_id, respondent, unit_id, question, answer) VALUES ($1, 'PV-X', 'so-tu-phap', 'TC1', 1)`, [
      importId,
    ]);
    expect(await results()).toEqual(before);
    await pool.query(`DELETE FROM ${SURVEY_SCHEMA}.answers WHERE import_id = $1`, [importId]);
    await pool.query(`DELETE FROM ${SURVEY_SCHEMA}.answer_imports WHERE import_id = $1`, [importId]);
  });

  it('applies the points maxPoints × index / 100 to each survey-held leaf of each unit with answers', async () => {
    const issued = await commands.execute(new ApplySurveyPointsCommand('sipas-2025', admin));
    expect(issued.events).toHaveLength(DEPARTMENTS.length * 2 + DISTRICTS.length);
    const view = await results();
    const indexOf = (unit: string) => view.units.find((row) => row.unit === unit)!.index!;
    const expected = [
      ...DEPARTMENTS.flatMap((unit) =>
        Object.entries(SURVEY_LEAF_MAX.departments).map(([criterion, max]) => [unit, criterion, handPoints(max, indexOf(unit))]),
      ),
      ...DISTRICTS.flatMap((unit) => Object.entries(SURVEY_LEAF_MAX.districts).map(([criterion, max]) => [unit, criterion, handPoints(max, indexOf(unit))])),
    ];
    const applied = await pointsEvents();
    expect(applied.map((data) => [data!.unitId, data!.criterion, data!.points]).sort()).toEqual(expected.sort());
    expect(applied.every((data) => data!.cycleId === 'demo-2025' && data!.basis.length === 1)).toBe(true);
  });

  it('applies nothing when applied again', async () => {
    expect(await commands.execute(new ApplySurveyPointsCommand('sipas-2025', admin))).toMatchObject({ events: [] });
  });

  it('after a late batch, apply records new values for the units it moved and keeps the old ones', async () => {
    // A late batch for Sở Tư pháp alone: 100 more respondents who were all dissatisfied.
    const late = ['respondent,unit,question,answer'];
    for (let person = 1; person <= 100; person++) late.push(`PV-LATE${String(person).padStart(3, '0')},so-tu-phap,CC1,1`);
    const imported = await importResponses(late.join('\n') + '\n');
    expect(imported).toMatchObject({ alreadyRecorded: false, accepted: 100, rejectedCount: 0 });
    const before = await pointsEvents();
    const issued = await commands.execute(new ApplySurveyPointsCommand('sipas-2025', admin));
    expect(issued.events).toEqual(['SurveyPointsApplied', 'SurveyPointsApplied']);
    const after = await pointsEvents();
    expect(after.slice(0, before.length)).toEqual(before);
    const moved = after.slice(before.length);
    expect(moved.map((data) => [data!.unitId, data!.criterion])).toEqual([
      ['so-tu-phap', '3.5'],
      ['so-tu-phap', '8.5'],
    ]);
    const index = (await results()).units.find((row) => row.unit === 'so-tu-phap')!.index!;
    expect(moved.map((data) => data!.points)).toEqual([handPoints('1.00', index), handPoints('2.00', index)]);
    expect(moved[0]!.basis).toHaveLength(2);
  });

  it('follows a correction of the districts set: 3.7 worth 2.00 now, apply records the districts anew', async () => {
    const corrected = [
      {
        code: '3',
        title: 'Cải cách thủ tục hành chính',
        children: [{ code: '3.7', title: 'Chỉ số hài lòng SIPAS', maxPoints: '2.00', method: { kind: 'manual', step: '0.01' }, source: 'survey' }],
      },
    ];
    const data = {
      cycleId: 'demo-2025',
      criteriaSetId: 'set-districts',
      version: 2,
      criteria: corrected,
      reason: 'Điều chỉnh điểm tối đa theo Quyết định 12/QĐ-UBND',
    };
    await submissions.append('cycle:demo-2025', [{ type: 'CriteriaSetCorrected', data, metadata: { actor: 'le.thi.c', role: 'PROVINCE_ADMIN' } }], {
      expectedVersion: 'any',
    });
    await runtime.catalogueCaughtUp();
    const before = (await pointsEvents()).length;
    expect((await commands.execute(new ApplySurveyPointsCommand('sipas-2025', admin))).events).toHaveLength(DISTRICTS.length);
    const view = await results();
    const moved = (await pointsEvents()).slice(before);
    expect(moved.map((row) => [row!.unitId, row!.criterion, row!.points])).toEqual(
      [...DISTRICTS].sort().map((unit) => [unit, '3.7', handPoints('2.00', view.units.find((row) => row.unit === unit)!.index!)]),
    );
  });
});
