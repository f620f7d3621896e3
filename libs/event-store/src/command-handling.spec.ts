import { handleCommand } from './command-handling';
import type { Decider } from './decider';
import { WrongExpectedVersionError } from './errors';
import { useTestDatabase } from './testing/use-test-database';

type Scored = { type: 'CriterionScored'; schemaVersion: 1; data: { criterion: string; points: string } };
type Score = { criterion: string; points: string };
const sheet: Decider<Score, Scored, Map<string, string>> = {
  initialState: () => new Map(),
  evolve: (state, event) => new Map(state).set(event.data.criterion, event.data.points),
  decide: (command, state) => (state.get(command.criterion) === command.points ? [] : [{ type: 'CriterionScored', schemaVersion: 1, data: command }]),
};

describe('handling a command against an event-sourced stream', () => {
  const db = useTestDatabase();
  const reporter = { actor: 'nguyen.van.a', role: 'UNIT_REPORTER' };

  it('appends what the decider decided, with the command metadata, at the version it read', async () => {
    const store = await db.store('submissions');
    const first = await handleCommand({ store, streamId: 'sheet-1', decider: sheet, command: { criterion: '1.1', points: '1.00' }, metadata: reporter });
    const second = await handleCommand({ store, streamId: 'sheet-1', decider: sheet, command: { criterion: '1.1', points: '0.75' }, metadata: reporter });

    expect([first.version, second.version]).toEqual([1, 2]);
    const stored = await store.readStream('sheet-1');
    expect(stored.map((event) => [event.data, event.metadata.actor])).toEqual([
      [{ criterion: '1.1', points: '1.00' }, 'nguyen.van.a'],
      [{ criterion: '1.1', points: '0.75' }, 'nguyen.van.a'],
    ]);
  });

  it('a command that changes nothing appends nothing', async () => {
    const store = await db.store('submissions');
    await handleCommand({ store, streamId: 'sheet-2', decider: sheet, command: { criterion: '1.1', points: '1.00' }, metadata: reporter });
    const repeat = await handleCommand({ store, streamId: 'sheet-2', decider: sheet, command: { criterion: '1.1', points: '1.00' }, metadata: reporter });

    expect(repeat).toMatchObject({ events: [], version: 1, appended: null });
    expect(await store.readStream('sheet-2')).toHaveLength(1);
  });

  it('two people scoring the same leaf at once: one wins, the other gets a version conflict, nothing is lost', async () => {
    const [storeA, storeB] = [await db.store('submissions'), await db.store('submissions')];
    await handleCommand({ store: storeA, streamId: 'sheet-3', decider: sheet, command: { criterion: '2.1', points: '1.00' }, metadata: reporter });

    const outcomes = await Promise.allSettled([
      handleCommand({ store: storeA, streamId: 'sheet-3', decider: sheet, command: { criterion: '2.1', points: '0.50' }, metadata: reporter }),
      handleCommand({ store: storeB, streamId: 'sheet-3', decider: sheet, command: { criterion: '2.1', points: '0.25' }, metadata: reporter }),
    ]);

    const rejected = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(rejected.length).toBeLessThanOrEqual(1);
    rejected.forEach((outcome) => expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedVersionError));
    expect(await storeA.readStream('sheet-3')).toHaveLength(3 - rejected.length);
  });
});
