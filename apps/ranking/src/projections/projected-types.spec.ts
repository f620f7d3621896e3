import { AppraisalEventTypes, SubmissionsEventTypes, SurveyEventTypes } from '@par/contracts';
import type { PoolClient } from 'pg';
import { APPRAISAL_SOURCE, SUBMISSIONS_SOURCE, SURVEY_SOURCE } from '../infrastructure/source-consumers';
import type { EventContext } from './event-context';
import { APPRAISAL_PROJECTED, SUBMISSIONS_PROJECTED, SURVEY_PROJECTED } from './projected-types';

const context: EventContext = {
  eventId: '00000000-0000-4000-8000-000000000001',
  source: 'any',
  streamVersion: 1,
  actor: 'someone',
  role: 'UNIT_HEAD',
  actorUnitId: null,
  occurredAt: '2025-11-01T00:00:00.000Z',
  recordedAt: '2025-11-01T00:00:00.000Z',
  importedFrom: null,
};

/** A transaction that must not be written to (nor read). */
const untouchable = { query: () => Promise.reject(new Error('nothing should be queried')) } as unknown as PoolClient;

describe('the event types the consumers pass over unread', () => {
  const sources = [
    { source: SUBMISSIONS_SOURCE, types: Object.values(SubmissionsEventTypes), projected: SUBMISSIONS_PROJECTED },
    { source: APPRAISAL_SOURCE, types: Object.values(AppraisalEventTypes), projected: APPRAISAL_PROJECTED },
    { source: SURVEY_SOURCE, types: Object.values(SurveyEventTypes), projected: SURVEY_PROJECTED },
  ];

  it.each(sources)('are those no projector of $source.name writes for', async ({ source, types, projected }) => {
    const passedOver = types.filter((type) => !projected.has(type));
    expect(passedOver.length).toBeGreaterThan(0);
    for (const type of passedOver) {
      const event = { type, schemaVersion: 1, data: { cycleId: 'c', unitId: 'u' } } as never;
      for (const projector of source.projectors) await expect(projector(event, context, untouchable)).resolves.toBeUndefined();
    }
  });

  it.each(sources)('are not even parsed by $source.name: a malformed one changes nothing and is not refused', ({ source, types, projected }) => {
    for (const type of types.filter((name) => !projected.has(name))) {
      expect(source.parse({ type, schemaVersion: 1, data: { broken: true } } as never)).toBeNull();
    }
  });
});
