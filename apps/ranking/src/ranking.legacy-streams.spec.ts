import type { Actor, ResultsDocument } from '@par/contracts';
import { handleCommand, PostgresEventStore } from '@par/event-store';
import { createTestDatabase, TestDatabase } from '@par/testing';
import { Pool } from 'pg';
import { CorrectDecisionCommand } from './correct-decision/correct-decision.command';
import { CorrectDecisionHandler } from './correct-decision/correct-decision.handler';
import type { PublishDecision } from './domain/decision.commands';
import { decisionDecider } from './domain/decision.decide';
import type { CycleResultsInput } from './domain/results/results-input';
import { snapshotHash } from './domain/snapshot-hash';
import { GetPublishedDecisionsHandler } from './get-published-decisions/get-published-decisions.handler';
import { GetPublishedDecisionsQuery } from './get-published-decisions/get-published-decisions.query';
import type { CycleScoresReader } from './projections/cycle-scores/cycle-scores.reader';

const LEGACY_ID = 'decision-demo-2025';
const admin: Actor = { userId: 'vo.van.e', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu' };
const row = { rank: 1, unit: 'so-x', name: 'Sở X', selfTotal: '4.50', appraisedTotal: '3.00', applicableMax: '4.50', index: '66.67', class: 'KHA' };
const publishedTable: ResultsDocument = { cycle: 'demo-2025', groups: [{ group: 'departments', results: [row] }] };
const publish: PublishDecision = {
  type: 'PublishDecision',
  cycleId: 'demo-2025',
  number: '123/QĐ-UBND',
  date: '2025-12-20',
  signer: 'Chủ tịch UBND tỉnh',
  actor: admin,
  results: publishedTable,
};
/** The ranking read model as it stands at the correction: the cycle with no group left to rank. */
const scoresNow = {
  load: async (): Promise<CycleResultsInput> => ({
    cycleId: 'demo-2025',
    thresholds: [
      { class: 'XUAT_SAC', label: 'Xuất sắc', minIndex: '90.00' },
      { class: 'TOT', label: 'Tốt', minIndex: '80.00' },
      { class: 'KHA', label: 'Khá', minIndex: '65.00' },
      { class: 'TRUNG_BINH', label: 'Trung bình', minIndex: '50.00' },
      { class: 'YEU', label: 'Yếu', minIndex: '0.00' },
    ],
    groups: [],
    units: [],
  }),
} as unknown as CycleScoresReader;

jest.setTimeout(60_000);

describe('a decision published under the legacy stream id (decision-<cycleId>)', () => {
  let database: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase('ranking_legacy');
    pool = new Pool({ connectionString: database.url, max: 4 });
    store = new PostgresEventStore(pool, 'ranking');
    await store.migrate();
    // As the earlier version published it: its handler was handleCommand on the legacy id.
    await handleCommand({ store, streamId: LEGACY_ID, decider: decisionDecider, command: publish, metadata: { actor: admin.userId, role: admin.role } });
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('is read back, its snapshot verified', async () => {
    const revisions = await new GetPublishedDecisionsHandler(store).execute(new GetPublishedDecisionsQuery('demo-2025'));

    expect(revisions).toEqual([
      expect.objectContaining({ revision: 1, snapshot: publishedTable, snapshotHash: snapshotHash(publishedTable), snapshotVerified: true }),
    ]);
  });

  it('is corrected on its legacy stream, as revision 2 naming the hash it supersedes, the hash chain intact', async () => {
    const correct = new CorrectDecisionHandler(scoresNow, store, () => new Date('2026-01-05T02:00:00.000Z'));
    const outcome = await correct.execute(new CorrectDecisionCommand('demo-2025', 'Đính chính kết quả', admin));

    expect(outcome).toMatchObject({ streamId: LEGACY_ID, revision: 2 });
    expect((await store.readStream(LEGACY_ID)).map((event) => [event.type, (event.data as { previousSnapshotHash?: string }).previousSnapshotHash])).toEqual([
      ['DecisionPublished', undefined],
      ['DecisionCorrected', snapshotHash(publishedTable)],
    ]);
    expect(await store.readStream('decision:demo-2025')).toEqual([]);
    expect(await store.verify()).toEqual({ ok: true, streams: 1, events: 2 });
  });
});
