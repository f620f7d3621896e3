import { handleCommand, PostgresEventStore } from '@par/event-store';
import { createTestDatabase, TestDatabase } from '@par/testing';
import { Pool } from 'pg';
import { AppraiseCriterionCommand } from './appraise-criterion/appraise-criterion.command';
import { appraisalDecider, appraisalStream, eventMetadata } from './domain';
import { appraise, CYCLE, head, REASON_3_2, REASON_7_3, startAppraisal, UNIT } from './domain/testing/appraisal.fixtures';
import { AppraisalCommandHandler } from './infrastructure/appraisal-command.handler';
import { StartAppraisalCommand } from './start-from-submission/start-from-submission.command';

// The pair: ('demo-2025', 'so-x') and ('demo', '2025-so-x') were both `appraisal-demo-2025-so-x`.
const LEGACY_ID = 'appraisal-demo-2025-so-x';
const OTHER_CYCLE = 'demo';
const OTHER_UNIT = '2025-so-x';

describe('appraisals begun under the legacy stream id (appraisal-<cycleId>-<unitId>)', () => {
  let database: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;
  let handler: AppraisalCommandHandler;

  beforeAll(async () => {
    database = await createTestDatabase('appraisal_legacy');
    pool = new Pool({ connectionString: database.url, max: 4 });
    store = new PostgresEventStore(pool, 'appraisal');
    await store.migrate();
    handler = new AppraisalCommandHandler(store, () => new Date('2025-11-20T02:00:00.000Z'));
    // As the earlier version wrote it: its handler was handleCommand on the legacy id.
    const start = startAppraisal();
    await handleCommand({ store, streamId: LEGACY_ID, decider: appraisalDecider, command: start, metadata: eventMetadata(start) });
    const lowered = appraise('3.2', '1.00', REASON_3_2);
    await handleCommand({ store, streamId: LEGACY_ID, decider: appraisalDecider, command: lowered, metadata: eventMetadata(lowered) });
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('keeps appending to its legacy stream through the command handler, its hash chain intact', async () => {
    const issued = await handler.execute(new AppraiseCriterionCommand(CYCLE, UNIT, appraise('7.3', '0.75', REASON_7_3)));

    expect(issued).toEqual({ streamId: LEGACY_ID, events: ['CriterionAppraised'], version: 3 });
    expect((await store.readStream(LEGACY_ID)).map((event) => event.type)).toEqual(['AppraisalStarted', 'CriterionAppraised', 'CriterionAppraised']);
    expect(await store.readStream(appraisalStream(CYCLE, UNIT).streamId)).toEqual([]);
    expect(await store.verify()).toMatchObject({ ok: true });
  });

  it('is not taken for the other (cycle, unit) its id also spelled: that appraisal starts under its own id', async () => {
    const start = startAppraisal({ cycleId: OTHER_CYCLE, unitId: OTHER_UNIT, actor: { ...head, unitId: OTHER_UNIT } });
    const issued = await handler.execute(new StartAppraisalCommand(OTHER_CYCLE, OTHER_UNIT, start));

    expect(issued).toEqual({ streamId: 'appraisal:demo:2025-so-x', events: ['AppraisalStarted'], version: 1 });
    const [started] = await store.readStream('appraisal:demo:2025-so-x');
    expect(started.data).toMatchObject({ cycleId: OTHER_CYCLE, unitId: OTHER_UNIT });
    expect(await store.readStream(LEGACY_ID)).toHaveLength(3);
    expect(await store.verify()).toEqual({ ok: true, streams: 2, events: 4 });
  });
});
