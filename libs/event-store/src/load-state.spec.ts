import { handleCommand } from './command-handling';
import type { Decider } from './decider';
import { InMemoryEventStore } from './in-memory/in-memory-event-store';
import { loadState } from './load-state';

type Scored = { type: 'CriterionScored'; schemaVersion: 1; data: { criterion: string; points: string } };
type Score = { criterion: string; points: string };
const sheet: Decider<Score, Scored, Map<string, string>> = {
  initialState: () => new Map(),
  evolve: (state, event) => new Map(state).set(event.data.criterion, event.data.points),
  decide: (command, state) => (state.get(command.criterion) === command.points ? [] : [{ type: 'CriterionScored', schemaVersion: 1, data: command }]),
};
const reporter = { actor: 'nguyen.van.a', role: 'UNIT_REPORTER' };

describe("a stream's state: loaded by its address and folded with the decider", () => {
  it('a stream with no events: the initial state at version 0, under the current id', async () => {
    const store = new InMemoryEventStore();
    expect(await loadState(store, { streamId: 'sheet-1' }, sheet)).toEqual({ streamId: 'sheet-1', version: 0, state: new Map() });
  });

  it("every event folded, at the last event's version", async () => {
    const store = new InMemoryEventStore();
    for (const [criterion, points] of [
      ['1.1', '1.00'],
      ['1.2', '0.50'],
      ['1.1', '0.75'],
    ])
      await handleCommand({ store, streamId: 'sheet-2', decider: sheet, command: { criterion, points }, metadata: reporter });

    const loaded = await loadState(store, { streamId: 'sheet-2' }, sheet);
    expect(loaded).toEqual({
      streamId: 'sheet-2',
      version: 3,
      state: new Map([
        ['1.1', '0.75'],
        ['1.2', '0.50'],
      ]),
    });
  });
});
