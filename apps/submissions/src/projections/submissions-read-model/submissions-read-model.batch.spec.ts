import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@par/contracts';
import { inTransaction } from '@par/event-store';
import { createTestDatabase, TestDatabase } from '@par/testing';
import { Pool } from 'pg';
import { migrateReadModel } from './read-model.migrations';
import { submissionsReadModel } from './submissions-read-model.projection';

jest.setTimeout(60_000);

let version = 0;
function envelope(type: string, data: Record<string, unknown>): EventEnvelope {
  version += 1;
  return {
    envelopeVersion: 1,
    eventId: randomUUID(),
    streamId: `self-assessment:demo-2025:${String(data.unitId)}`,
    streamVersion: version,
    type,
    schemaVersion: 1,
    data,
    metadata: {},
    source: 'submissions',
    position: { transactionId: '1', position: String(version) },
    recordedAt: new Date().toISOString(),
  };
}

const scored = (unitId: string, criterion: string, points: string, note: string | null = null) =>
  envelope('CriterionSelfScored', { cycleId: 'demo-2025', unitId, criterion, points, evidence: [], note });

/** Sở Tư pháp drafts 1.1 twice and clears 1.2 in between; Sở Y tế drafts and submits: an import's run, in order. */
const run = (): EventEnvelope[] => [
  scored('so-tu-phap', '1.1', '0.50'),
  scored('so-tu-phap', '1.2', '2.00', 'Báo cáo năm'),
  scored('so-tu-phap', '1.1', '1.00', 'Kế hoạch 12/KH-STP'),
  envelope('SelfScoreCleared', { cycleId: 'demo-2025', unitId: 'so-tu-phap', criterion: '1.2', previousPoints: '2.00' }),
  scored('so-tu-phap', '1.2', '1.00'),
  scored('so-y-te', '1.1', '0.75', 'Ghi chú'),
  envelope('SelfAssessmentSubmitted', {
    cycleId: 'demo-2025',
    unitId: 'so-y-te',
    submission: 1,
    leaves: [{ code: '1.1', title: 'Kế hoạch CCHC năm', maxPoints: '1.00', method: { kind: 'manual', step: '0.25' }, source: 'self' }],
    notApplicable: [],
    scores: [{ criterion: '1.1', points: '0.75', evidence: [], note: 'Ghi chú' }],
    selfTotal: '0.75',
  }),
];

describe('the submissions read model applies a batch as it applies each event', () => {
  let database: TestDatabase;
  let pool: Pool;
  beforeAll(async () => {
    database = await createTestDatabase('submissions_batch');
    pool = new Pool({ connectionString: database.url, max: 2 });
    await migrateReadModel(pool);
  });
  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  const sheets = async () => ({
    scores: (await pool.query('SELECT unit_id, criterion, points, note FROM submissions.self_scores ORDER BY unit_id, criterion')).rows,
    status: (await pool.query('SELECT unit_id, status, submissions FROM submissions.self_assessments ORDER BY unit_id')).rows,
  });

  it('draft scores, a clearing and a submission: one by one and as one batch leave the same sheets', async () => {
    const events = run();
    await inTransaction(pool, async (tx) => {
      for (const event of events) await submissionsReadModel.handle(event, tx);
    });
    const oneByOne = await sheets();
    await pool.query('TRUNCATE submissions.self_scores, submissions.self_assessments');

    await inTransaction(pool, (tx) => submissionsReadModel.handleBatch!(events, tx));

    expect(await sheets()).toEqual(oneByOne);
    expect(oneByOne.scores).toEqual([
      { unit_id: 'so-tu-phap', criterion: '1.1', points: '1.00', note: 'Kế hoạch 12/KH-STP' },
      { unit_id: 'so-tu-phap', criterion: '1.2', points: '1.00', note: null },
      { unit_id: 'so-y-te', criterion: '1.1', points: '0.75', note: 'Ghi chú' },
    ]);
  });
});
