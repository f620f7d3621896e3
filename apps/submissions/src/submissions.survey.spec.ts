import { toEnvelope } from '@par/contracts';
import { inTransaction } from '@par/event-store';
import { surveyPointsProjection } from './projections/submissions-read-model/survey-points.projection';
import { eventually, startSubmissions, SubmissionsHarness } from './testing/submissions-harness';
import { CYCLE, reporterOf, setupRequests } from './testing/small-cycle.fixture';
import { SurveyLogWriter } from './testing/survey-log';

jest.setTimeout(60_000);

/**
 * Progress with the survey service's log as a source (embedded, real PostgreSQL, over gRPC). Sở Tư pháp:
 * 1.1 (max 1) and 1.2 (max 2) scored 0.75 + 1.00 by the unit, 1.3 (max 2.5) held by the sociological survey,
 * 6.4 (max 1) applicable: 6.50 in all. The unit expects 40 % of what the survey holds.
 */
describe('a unit’s projected year-end score moves when the survey applies its points', () => {
  let service: SubmissionsHarness;
  let survey: SurveyLogWriter;
  const progressOf = async (unitId: string) => {
    await service.caughtUp();
    return service.call('GetProgress', { cycleId: CYCLE, unitId, expectedSurveyRatio: '0.4' });
  };
  const deadLetters = async () => (await service.pool.query('SELECT consumer, error FROM submissions.dead_letters ORDER BY id')).rows;

  beforeAll(async () => {
    service = await startSubmissions('submissions_survey', { withSurveyLog: true });
    survey = new SurveyLogWriter(service.surveyLog!);
    for (const [method, request] of setupRequests()) await service.call(method, request);
    const reporter = { actor: reporterOf('so-tu-phap'), cycleId: CYCLE, unitId: 'so-tu-phap' };
    await service.call('ScoreCriterion', { ...reporter, criterion: '1.1', points: '0.75', note: 'Kế hoạch ban hành đúng hạn' });
    await service.call('ScoreCriterion', { ...reporter, criterion: '1.2', points: '1.00', note: 'Hoàn thành 96% nhiệm vụ đúng hạn' });
    await eventually(async () => expect((await progressOf('so-tu-phap')).secured).toBe('1.75'));
  });
  afterAll(async () => {
    await service?.close();
  });

  it('before the survey: 1.75 of 6.50 secured, the 2.50 of 1.3 pending; projected 1.75 + 2.50 × 0.4 = 2.75', async () => {
    expect(await progressOf('so-tu-phap')).toEqual({
      secured: '1.75',
      surveyHeld: '2.50',
      surveyGiven: '0.00',
      surveyPending: '2.50',
      applicableMax: '6.50',
      projected: '2.75',
    });
  });

  it('the survey gives 1.3 2.04 (81.50 %): secured 3.79, nothing pending, projected 3.79', async () => {
    await survey.apply({ campaignId: 'xhh-2025', unitId: 'so-tu-phap', criterion: '1.3', points: '2.04', index: '81.50', respondents: 412, answers: 4120 });
    expect(await progressOf('so-tu-phap')).toEqual({
      secured: '3.79',
      surveyHeld: '2.50',
      surveyGiven: '2.04',
      surveyPending: '0.00',
      applicableMax: '6.50',
      projected: '3.79',
    });
  });

  it('a late batch applied again by the same campaign replaces its value: 2.04 → 2.08', async () => {
    await survey.apply({
      campaignId: 'xhh-2025',
      unitId: 'so-tu-phap',
      criterion: '1.3',
      points: '2.08',
      index: '83.00',
      respondents: 430,
      answers: 4300,
      basis: ['batch-1', 'batch-2'],
    });
    expect(await progressOf('so-tu-phap')).toMatchObject({ secured: '3.83', surveyGiven: '2.08', projected: '3.83' });
  });

  it('two campaigns scoring one leaf: the one applied latest is in force, whatever the order they arrive in', async () => {
    // Sở Y tế: 6.4 not applicable, nothing scored by the unit.
    await survey.apply(
      { campaignId: 'sipas-2025', unitId: 'so-y-te', criterion: '1.3', points: '1.50', index: '60.00', respondents: 35, answers: 350 },
      '2025-12-10T09:00:00.000Z',
    );
    await survey.apply(
      { campaignId: 'xhh-2025', unitId: 'so-y-te', criterion: '1.3', points: '1.25', index: '50.00', respondents: 20, answers: 200 },
      '2025-12-09T09:00:00.000Z',
    );
    expect(await progressOf('so-y-te')).toEqual({
      secured: '1.50',
      surveyHeld: '2.50',
      surveyGiven: '1.50',
      surveyPending: '0.00',
      applicableMax: '5.50',
      projected: '1.50',
    });
  });

  it('applied at the same moment, the greater campaign id is in force (as ranking decides it)', async () => {
    const at = '2025-12-20T09:00:00.000Z';
    await survey.apply({ campaignId: 'zz-2025', unitId: 'so-y-te', criterion: '1.3', points: '2.00', index: '80.00', respondents: 50, answers: 500 }, at);
    await survey.apply({ campaignId: 'aa-2025', unitId: 'so-y-te', criterion: '1.3', points: '0.50', index: '20.00', respondents: 50, answers: 500 }, at);
    expect(await progressOf('so-y-te')).toMatchObject({ surveyGiven: '2.00' });
  });

  it('points a campaign applied to another unit’s leaf, or to a leaf the unit scores itself, do not move this unit', async () => {
    await survey.apply({ campaignId: 'xhh-2025', unitId: 'huyen-a', criterion: '2.1', points: '1.00', index: '50.00', respondents: 10, answers: 100 });
    expect(await progressOf('huyen-a')).toEqual({
      secured: '0.00',
      surveyHeld: '0.00',
      surveyGiven: '0.00',
      surveyPending: '0.00',
      applicableMax: '2.00',
      projected: '0.00',
    });
  });

  it('the published PAPI/DGI indices in the survey log are ignored; a malformed apply is dead-lettered, named, and moves nothing', async () => {
    const before = await progressOf('so-tu-phap');
    await survey.append('published-index:PAPI:demo:2024', 'PublishedIndexRecorded', { kind: 'PAPI', province: 'demo', year: 2024, revision: 1 });
    await survey.append('campaign:xhh-2025', 'SurveyPointsApplied', {
      campaignId: 'xhh-2025',
      cycleId: CYCLE,
      unitId: 'so-tu-phap',
      criterion: '1.3',
      points: '2.5',
      index: '100.00',
      respondents: 1,
      answers: 1,
      basis: ['batch-3'],
    });
    await eventually(async () => expect(await deadLetters()).toEqual([{ consumer: 'submissions-survey', error: expect.stringContaining('data.points') }]));
    expect(await progressOf('so-tu-phap')).toEqual(before);
  });

  it('every survey event applied again, newest first and without the processed marks, changes nothing', async () => {
    const before = { tuPhap: await progressOf('so-tu-phap'), yTe: await progressOf('so-y-te') };
    const envelopes = (await service.surveyLog!.readAll({ limit: 1_000 })).map((event) => toEnvelope(event, 'survey')).reverse();
    for (const envelope of envelopes.filter((candidate) => (candidate.data as { points?: string }).points !== '2.5')) {
      await inTransaction(service.pool, (tx) => surveyPointsProjection.handle(envelope, tx));
    }
    expect({ tuPhap: await progressOf('so-tu-phap'), yTe: await progressOf('so-y-te') }).toEqual(before);
  });
});
