import { INestApplicationContext } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { NestFactory } from '@nestjs/core';
import { type Actor, LOG_UPCASTERS, parseSurveyEvent } from '@par/contracts';
import { PostgresEventStore } from '@par/event-store';
import { createTestDatabase, TestDatabase } from '@par/testing';
import { Readable } from 'node:stream';
import { Pool } from 'pg';
import { ApplySurveyPointsCommand } from './apply-survey-points/apply-survey-points.command';
import { GetSurveyResultsQuery } from './get-survey-results/get-survey-results.query';
import { SurveyRuntime } from './infrastructure/survey.runtime';
import { OpenCampaignCommand } from './open-campaign/open-campaign.command';
import { RecordResponsesCommand } from './record-responses/record-responses.command';
import { SURVEY_SCHEMA } from './survey.config';
import { SurveyModule } from './survey.module';
import { type AspectTally, CITIZENS_ASPECT, generateCrossEvaluation, handIndex, handPoints, sociological2025CampaignFile } from './testing';
import { RATED_DEPARTMENTS, RATED_DISTRICTS, setUpSociologicalCycle, SOCIOLOGICAL_CYCLE, SOCIOLOGICAL_LEAF_MAX } from './testing/sociological-cycle';

jest.setTimeout(120_000);

const admin: Actor = { userId: 'le.thi.c', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu' };
const CAMPAIGN = 'xhh-2025';
const RATED = [...RATED_DEPARTMENTS, ...RATED_DISTRICTS];

const streamOf = (text: string) => Readable.from([Buffer.from(text, 'utf8')]);

describe('the sociological survey (embedded, real PostgreSQL): cross-evaluation, leaves scored on their own aspect', () => {
  let database: TestDatabase;
  let pool: Pool;
  let survey: PostgresEventStore;
  let app: INestApplicationContext;
  let commands: CommandBus;
  let queries: QueryBus;
  // Every unit's leaders rate every other unit; 15 citizens per unit rate its civil servants.
  const first = generateCrossEvaluation(RATED, RATED, 15);
  const tally = new Map([...first.tally].map(([unit, aspects]) => [unit, new Map([...aspects].map(([code, counts]) => [code, { ...counts }]))]));

  const importResponses = (csv: string) => commands.execute(new RecordResponsesCommand(CAMPAIGN, streamOf(csv), 'csv', admin));
  const campaignEvents = async () =>
    (await survey.readStream(`campaign:${CAMPAIGN}`)).map((event) => parseSurveyEvent(event.type, event.schemaVersion, event.data));

  beforeAll(async () => {
    database = await createTestDatabase('survey_sociological');
    pool = new Pool({ connectionString: database.url, max: 8 });
    pool.on('error', () => undefined);
    const submissions = new PostgresEventStore(pool, 'submissions', { upcasters: LOG_UPCASTERS.submissions });
    await submissions.migrate();
    await setUpSociologicalCycle(submissions);
    survey = new PostgresEventStore(pool, SURVEY_SCHEMA);
    app = await NestFactory.createApplicationContext(SurveyModule.register({ pool, mode: 'embedded', submissions, pollIntervalMs: 20 }), {
      logger: ['error'],
      abortOnError: false,
    });
    commands = app.get(CommandBus);
    queries = app.get(QueryBus);
    await app.get(SurveyRuntime).catalogueCaughtUp();
  });

  afterAll(async () => {
    await app?.close();
    await pool?.end();
    await database?.drop();
  });

  it('refuses to score a leaf whose bands can take only 0.50 or 1.00, naming criterion, group and method', async () => {
    const file = sociological2025CampaignFile(SOCIOLOGICAL_CYCLE);
    file.scoring.push({ criterion: '6.4', group: 'departments' });
    await expect(commands.execute(new OpenCampaignCommand(file, admin))).rejects.toMatchObject({
      code: 'CRITERION_METHOD_INCOMPATIBLE',
      field: 'scoring[criterion=6.4,group=departments].criterion',
      message: expect.stringContaining('leaf "6.4" of group "departments" is scored by the method bands'),
    });
  });

  it('refuses an aspect the questionnaire does not have, naming the entry', async () => {
    const file = sociological2025CampaignFile(SOCIOLOGICAL_CYCLE);
    file.scoring[0].aspect = 'PL';
    await expect(commands.execute(new OpenCampaignCommand(file, admin))).rejects.toMatchObject({
      code: 'CAMPAIGN_FILE_INVALID',
      field: 'scoring[criterion=2.5,group=departments].aspect',
    });
  });

  it('opens the campaign with each scoring entry and its aspect', async () => {
    await commands.execute(new OpenCampaignCommand(sociological2025CampaignFile(SOCIOLOGICAL_CYCLE), admin));
    const [opened] = await campaignEvents();
    expect(opened.type === 'CampaignOpened' && opened.data.scoring).toEqual(sociological2025CampaignFile().scoring);
  });

  it("imports the cross-evaluation, storing each respondent's unit; a unit rating itself and an unknown unit are rejected with their line", async () => {
    const imported = await importResponses(first.csv);
    expect(imported).toMatchObject({ alreadyRecorded: false, accepted: first.goodRows, rejectedCount: 2 });
    expect(imported.rejected.map((row) => [row.line, row.code])).toEqual([...first.badLines]);
    expect(imported.rejected[0].reason).toContain('a unit does not evaluate itself');
    const stored = await pool.query<{ rater: string | null; rows: number }>(
      `SELECT respondent_unit AS rater, count(*)::int AS rows FROM ${SURVEY_SCHEMA}.answers WHERE unit_id = 'so-noi-vu' GROUP BY 1 ORDER BY 1 NULLS LAST`,
    );
    // Five other units' leaders, 8 questions each; 15 citizens, the 3 civil-service questions each.
    expect(stored.rows).toEqual([
      { rater: 'huyen-hoa-loc', rows: 8 },
      { rater: 'so-tu-phap', rows: 8 },
      { rater: 'so-xay-dung', rows: 8 },
      { rater: 'so-y-te', rows: 8 },
      { rater: 'tp-an-binh', rows: 8 },
      { rater: null, rows: 45 },
    ]);
  });

  it('rejects the rows of a later file that repeat a respondent–question pair of an earlier batch, keeping the rest', async () => {
    // Three rows of Sở Tư pháp's form about Sở Nội vụ typed in again, then ten more citizens of Sở Nội vụ, all "Tốt".
    const repeated = first.lines.filter((line) => line.startsWith('XHH-02-LD01,')).slice(0, 3);
    const citizens = Array.from({ length: 10 }, (_, person) => ['CV1', 'CV2', 'CV3'].map((code) => `XHH-02-NDB${person},so-noi-vu,${code},4,`)).flat();
    const late = ['respondent,unit,question,answer,respondentUnit', ...repeated, ...citizens].join('\n') + '\n';
    const imported = await importResponses(late);
    expect(imported).toMatchObject({ alreadyRecorded: false, accepted: 30, rejectedCount: 3 });
    expect(imported.rejected.map((row) => [row.line, row.code])).toEqual([
      [2, 'RESPONSE_DUPLICATE'],
      [3, 'RESPONSE_DUPLICATE'],
      [4, 'RESPONSE_DUPLICATE'],
    ]);
    expect(imported.rejected[0].reason).toMatch(/^already answered in an earlier batch: the respondent answered question "VB1"/);
    const batches = (await campaignEvents()).filter((event) => event.type === 'ResponsesBatchAccepted');
    expect(batches[1].data).toMatchObject({ rows: 30, answers: 30, respondents: 10, rejected: 3 });
    const civilService = tally.get('so-noi-vu')!.get(CITIZENS_ASPECT)!;
    civilService.answers += 30;
    civilService.satisfied += 30;
    for (let person = 0; person < 10; person++) civilService.respondents.add(`XHH-02-NDB${person}`);

    expect(await importResponses(late)).toMatchObject({ alreadyRecorded: true });
    expect((await campaignEvents()).filter((event) => event.type === 'ResponsesBatchAccepted')).toHaveLength(2);
  });

  it('reports each aspect as a hand count of the rows kept', async () => {
    await app.get(SurveyRuntime).campaignsCaughtUp();
    const results = await queries.execute(new GetSurveyResultsQuery(CAMPAIGN));
    for (const unit of results.units) {
      const byAspect = tally.get(unit.unit)!;
      expect(unit.aspects.map((aspect) => [aspect.code, aspect.index])).toEqual([...byAspect].map(([code, counts]) => [code, indexOf(counts)]));
    }
  });

  it("apply gives each leaf maxPoints × the unit's index on its own aspect / 100, with that aspect's respondents and answers", async () => {
    const issued = await commands.execute(new ApplySurveyPointsCommand(CAMPAIGN, admin));
    expect(issued.events).toHaveLength(RATED_DEPARTMENTS.length * 3 + RATED_DISTRICTS.length);
    const expected = sociological2025CampaignFile().scoring.flatMap(({ criterion, group, aspect }) => {
      const units: readonly string[] = group === 'departments' ? RATED_DEPARTMENTS : RATED_DISTRICTS;
      const max: string = (SOCIOLOGICAL_LEAF_MAX[group as keyof typeof SOCIOLOGICAL_LEAF_MAX] as Record<string, string>)[criterion];
      return units.map((unit) => {
        const counts = tally.get(unit)!.get(aspect!)!;
        const index = indexOf(counts);
        return { unitId: unit, criterion, points: handPoints(max, index), index, respondents: counts.respondents.size, answers: counts.answers };
      });
    });
    const applied = (await campaignEvents()).flatMap((event) => (event.type === 'SurveyPointsApplied' ? [event.data] : []));
    const key = (row: { unitId: string; criterion: string }) => `${row.unitId} ${row.criterion}`;
    expect(
      applied
        .map(({ unitId, criterion, points, index, respondents, answers }) => ({ unitId, criterion, points, index, respondents, answers }))
        .sort(byKey(key)),
    ).toEqual(expected.sort(byKey(key)));
    // The civil-service leaf counts the citizens too; the legal-documents leaf only the other units' leaders.
    const ofSoNoiVu = (criterion: string) => applied.find((row) => row.unitId === 'so-noi-vu' && row.criterion === criterion)!;
    expect([ofSoNoiVu('2.5').respondents, ofSoNoiVu('5.5').respondents]).toEqual([5, 5 + 15 + 10]);
  });
});

function indexOf(counts: AspectTally): string {
  return handIndex(counts.satisfied, counts.answers);
}

function byKey<T>(key: (row: T) => string): (left: T, right: T) => number {
  return (left, right) => key(left).localeCompare(key(right));
}
