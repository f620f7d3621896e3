import type { EventEnvelope } from '@par/contracts';
import type { PoolClient } from 'pg';
import { appraisalConsumer, submissionsConsumer, surveyConsumer } from './source-consumers';

const envelope = (source: string, type: string, data: unknown): EventEnvelope => ({
  envelopeVersion: 1,
  eventId: '00000000-0000-4000-8000-000000000001',
  streamId: 'any',
  streamVersion: 1,
  type,
  schemaVersion: 1,
  data,
  metadata: { actor: 'someone', role: 'APPRAISER' },
  source,
  position: { transactionId: '1', position: '1' },
  recordedAt: '2025-11-01T00:00:00.000Z',
});

/** A transaction that must not be written to. */
const untouchable = { query: () => Promise.reject(new Error('nothing should be written')) } as unknown as PoolClient;

describe('the source consumers at the edge', () => {
  it('ignore event types they do not know (another service, a newer type)', async () => {
    await expect(submissionsConsumer.handle(envelope('submissions', 'SurveyIndexComputed', {}), untouchable)).resolves.toBeUndefined();
    await expect(appraisalConsumer.handle(envelope('appraisal', 'CycleCreated', {}), untouchable)).resolves.toBeUndefined();
    await expect(surveyConsumer.handle(envelope('survey', 'CriterionAppraised', {}), untouchable)).resolves.toBeUndefined();
  });

  it('throw on an event that breaks its contract, naming the field (the consumer dead-letters it)', async () => {
    await expect(
      appraisalConsumer.handle(
        envelope('appraisal', 'CriterionAppraised', { cycleId: 'c', unitId: 'u', criterion: '7.3', previousPoints: '1.50', points: '0.750' }),
        untouchable,
      ),
    ).rejects.toMatchObject({ code: 'INVALID_APPRAISAL_EVENT', field: 'data.points' });
    await expect(submissionsConsumer.handle(envelope('submissions', 'UnitRegistered', { cycleId: 'c' }), untouchable)).rejects.toMatchObject({
      code: 'INVALID_SUBMISSIONS_EVENT',
    });
    const applied = {
      campaignId: 'sipas-2025',
      cycleId: 'c',
      unitId: 'u',
      criterion: '1.3',
      points: '2.04',
      index: '81.5',
      respondents: 412,
      answers: 4120,
      basis: ['b'],
    };
    await expect(surveyConsumer.handle(envelope('survey', 'SurveyPointsApplied', applied), untouchable)).rejects.toMatchObject({
      code: 'INVALID_SURVEY_EVENT',
      field: 'data.index',
    });
  });

  it('keep their names: they are the identities of the processed-event marks and the Kafka groups', () => {
    expect([submissionsConsumer.name, appraisalConsumer.name, surveyConsumer.name]).toEqual(['ranking-submissions', 'ranking-appraisal', 'ranking-survey']);
  });
});
