import { legacyStreamId } from '@par/contracts';
import { type EventStore, foldEvents, handleCommand, PostgresEventStore } from '@par/event-store';
import { createTestDatabase, TestDatabase } from '@par/testing';
import { Pool } from 'pg';
import type { CycleCommand } from './domain/cycle/cycle.commands';
import { cycleDecider } from './domain/cycle/cycle.decide';
import { selfAssessmentContext } from './domain/cycle/self-assessment-context';
import type { SelfAssessmentCommand } from './domain/self-assessment/self-assessment.commands';
import { selfAssessmentDecider } from './domain/self-assessment/self-assessment.decide';
import { headOf, provinceAdmin, reporterOf } from './domain/testing/actors';
import { departmentsCriteria } from './domain/testing/criteria.fixture';
import { thresholds } from './domain/testing/cycle.fixture';
import { metadataFor } from './infrastructure/command-outcome';
import { CycleCommandHandler } from './infrastructure/cycle-command.handler';
import { SelfAssessmentCommandHandler } from './infrastructure/self-assessment-command.handler';
import type { SelfAssessmentRequest } from './infrastructure/self-assessment-stream.command';
import { cycleUseCaseOf, selfAssessmentUseCaseOf } from './use-case-of';

// The pair: ('demo-2025', 'so-x') and ('demo', '2025-so-x') were both `self-assessment-demo-2025-so-x`.
const NOW = new Date('2025-11-05T02:00:00.000Z');
const LEGACY_CYCLE = 'cycle-demo-2025';
const LEGACY_SHEET = 'self-assessment-demo-2025-so-x';

const setUp = (cycleId: string, unitId: string): CycleCommand[] => {
  const admin = { cycleId, actor: provinceAdmin };
  return [
    { ...admin, type: 'CreateCycle', year: 2025, title: 'Chỉ số CCHC năm 2025', evaluator: 'ubnd-tinh-demo', thresholds },
    { ...admin, type: 'DefineCriteriaSet', criteriaSetId: 'set-departments', criteria: departmentsCriteria },
    { ...admin, type: 'DefineGroup', groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments' },
    { ...admin, type: 'RegisterUnit', unitId, name: `Sở ${unitId}`, groupId: 'departments' },
    { ...admin, type: 'OpenCycle' },
  ];
};
const score = (cycleId: string, unitId: string, criterion: string, points: string): SelfAssessmentRequest => ({
  type: 'ScoreCriterion',
  cycleId,
  unitId,
  actor: reporterOf(unitId),
  criterion,
  points,
  evidence: [{ title: 'Kế hoạch CCHC năm 2025' }],
  note: null,
});
const submit = (cycleId: string, unitId: string): SelfAssessmentRequest => ({ type: 'SubmitSelfAssessment', cycleId, unitId, actor: headOf(unitId) });

/** The earlier version's command handling: the same deciders, on the legacy ids. */
function earlierVersion(store: EventStore) {
  return {
    setUp: (command: CycleCommand) =>
      handleCommand({
        store,
        streamId: legacyStreamId('cycle', command.cycleId),
        decider: cycleDecider,
        command,
        metadata: metadataFor(command, 'earlier', NOW),
      }),
    selfAssess: async (request: SelfAssessmentRequest) => {
      const cycle = foldEvents(cycleDecider, (await store.readStream(legacyStreamId('cycle', request.cycleId))) as never[]);
      const command = { ...request, context: selfAssessmentContext(cycle, { ...request, now: NOW.toISOString() }) } as SelfAssessmentCommand;
      const streamId = legacyStreamId('self-assessment', request.cycleId, request.unitId);
      return handleCommand({ store, streamId, decider: selfAssessmentDecider, command, metadata: metadataFor(command, 'earlier', NOW) });
    },
  };
}

/** This version's: the services' command handlers. */
function thisVersion(store: EventStore) {
  const cycles = new CycleCommandHandler(store, () => NOW);
  const sheets = new SelfAssessmentCommandHandler(store, () => NOW);
  return {
    setUp: (command: CycleCommand) => cycles.execute(cycleUseCaseOf(command, 'now')),
    selfAssess: (request: SelfAssessmentRequest) => sheets.execute(selfAssessmentUseCaseOf(request, 'now')),
  };
}

describe('cycles and self-assessments begun under the legacy stream ids (cycle-<cycleId>, self-assessment-<cycleId>-<unitId>)', () => {
  let database: TestDatabase;
  let pool: Pool;
  const storeOf = async (schema: string) => {
    const store = new PostgresEventStore(pool, schema);
    await store.migrate();
    return store;
  };

  beforeAll(async () => {
    database = await createTestDatabase('submissions_legacy');
    pool = new Pool({ connectionString: database.url, max: 4 });
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it("the earlier version refused the issue's second cycle: its sheet's id was the other unit's submitted sheet", async () => {
    const earlier = earlierVersion(await storeOf('earlier_only'));
    for (const command of [...setUp('demo-2025', 'so-x'), ...setUp('demo', '2025-so-x')]) await earlier.setUp(command);
    await earlier.selfAssess(score('demo-2025', 'so-x', '1.1', '1.00'));
    await earlier.selfAssess(submit('demo-2025', 'so-x'));

    await expect(earlier.selfAssess(score('demo', '2025-so-x', '1.1', '0.75'))).rejects.toMatchObject({ code: 'SELF_ASSESSMENT_LOCKED' });
  });

  describe('logs the earlier version wrote, carried on by this one', () => {
    let store: PostgresEventStore;
    let now: ReturnType<typeof thisVersion>;

    beforeAll(async () => {
      store = await storeOf('submissions');
      const earlier = earlierVersion(store);
      for (const command of setUp('demo-2025', 'so-x')) await earlier.setUp(command);
      await earlier.selfAssess(score('demo-2025', 'so-x', '1.1', '1.00'));
      now = thisVersion(store);
    });

    it('a cycle set up under its legacy id goes on there: its setup and the self-assessments read it', async () => {
      const registered = await now.setUp({
        cycleId: 'demo-2025',
        actor: provinceAdmin,
        type: 'RegisterUnit',
        unitId: 'so-y',
        name: 'Sở Y',
        groupId: 'departments',
      });

      expect(registered).toEqual({ streamId: LEGACY_CYCLE, version: 6, eventsAppended: 1 });
      expect(await store.readStream('cycle:demo-2025')).toEqual([]);
      expect(await now.selfAssess(score('demo-2025', 'so-y', '1.1', '0.50'))).toEqual({
        streamId: 'self-assessment:demo-2025:so-y',
        version: 1,
        eventsAppended: 1,
      });
    });

    it('a sheet begun under its legacy id goes on there: the submission holds the earlier score, the hash chain is intact', async () => {
      expect(await now.selfAssess(score('demo-2025', 'so-x', '1.2', '2.00'))).toEqual({ streamId: LEGACY_SHEET, version: 2, eventsAppended: 1 });
      expect(await now.selfAssess(submit('demo-2025', 'so-x'))).toEqual({ streamId: LEGACY_SHEET, version: 3, eventsAppended: 1 });

      const submitted = (await store.readStream(LEGACY_SHEET)).at(-1);
      expect(submitted?.data).toMatchObject({ cycleId: 'demo-2025', unitId: 'so-x', selfTotal: '3.00' });
      expect(await store.verify()).toMatchObject({ ok: true });
    });

    it("the issue: cycle 'demo' with unit '2025-so-x' is no longer locked by the submitted sheet of 'demo-2025' / 'so-x'", async () => {
      for (const command of setUp('demo', '2025-so-x')) expect((await now.setUp(command)).streamId).toBe('cycle:demo');

      expect(await now.selfAssess(score('demo', '2025-so-x', '1.1', '0.75'))).toEqual({
        streamId: 'self-assessment:demo:2025-so-x',
        version: 1,
        eventsAppended: 1,
      });
      expect(await now.selfAssess(submit('demo', '2025-so-x'))).toEqual({ streamId: 'self-assessment:demo:2025-so-x', version: 2, eventsAppended: 1 });
      expect(await store.readStream(LEGACY_SHEET)).toHaveLength(3);
      // cycle-demo-2025 (6), self-assessment:demo-2025:so-y (1), the legacy sheet (3), cycle:demo (5), self-assessment:demo:2025-so-x (2).
      expect(await store.verify()).toEqual({ ok: true, streams: 5, events: 17 });
    });
  });
});
