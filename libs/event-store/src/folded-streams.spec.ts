import type { Decider } from './decider';
import type { EventStore } from './event-store.port';
import { FoldedStreams } from './folded-streams';
import { InMemoryEventStore } from './in-memory/in-memory-event-store';
import { selfAssessed } from './testing/par-events';

type Scored = { type: string; schemaVersion: number; data: { criterion: string; points: string } };
const sheet: Decider<unknown, Scored, { folded: number; points: Map<string, string> }> = {
  initialState: () => ({ folded: 0, points: new Map() }),
  evolve: (state, event) => ({ folded: state.folded + 1, points: new Map(state.points).set(event.data.criterion, event.data.points) }),
  decide: () => [],
};

/** Counts what the store hands out: the cache's whole point is reading only what is new. */
function counting(store: EventStore) {
  let read = 0;
  const counted: EventStore = Object.create(store);
  counted.readStream = async (...args) => {
    const events = await store.readStream(...args);
    read += events.length;
    return events;
  };
  return { store: counted, read: () => read };
}

describe('folded states kept by stream version', () => {
  it("a unit's sheet read again folds only the scores recorded since", async () => {
    const memory = new InMemoryEventStore();
    const { store, read } = counting(memory);
    const folded = new FoldedStreams(sheet);
    await memory.append('sheet:so-tu-phap', [selfAssessed('1.1', '1.00'), selfAssessed('1.2', '2.00')], { expectedVersion: 0 });

    expect((await folded.load(store, { streamId: 'sheet:so-tu-phap' })).version).toBe(2);
    await memory.append('sheet:so-tu-phap', [selfAssessed('1.1', '0.75')], { expectedVersion: 2 });
    const loaded = await folded.load(store, { streamId: 'sheet:so-tu-phap' });

    expect(loaded.version).toBe(3);
    expect(loaded.state.points.get('1.1')).toBe('0.75');
    expect(read()).toBe(3);
    expect(await folded.load(store, { streamId: 'sheet:so-tu-phap' })).toBe(loaded);
    expect(read()).toBe(3);
  });

  it('keeps at most its capacity: the stream kept longest is read again whole', async () => {
    const memory = new InMemoryEventStore();
    const { store, read } = counting(memory);
    const folded = new FoldedStreams(sheet, 1);
    await memory.append('sheet:a', [selfAssessed('1.1', '1.00')], { expectedVersion: 0 });
    await memory.append('sheet:b', [selfAssessed('1.1', '1.00')], { expectedVersion: 0 });
    await folded.load(store, { streamId: 'sheet:a' });
    await folded.load(store, { streamId: 'sheet:b' });
    await folded.load(store, { streamId: 'sheet:a' });
    expect(read()).toBe(3);
  });

  it('an empty stream is not kept, so its legacy name is still looked up once it has events', async () => {
    const memory = new InMemoryEventStore();
    const folded = new FoldedStreams(sheet);
    const address = { streamId: 'sheet:new', legacy: { streamId: 'sheet-old', belongs: () => true } };
    expect((await folded.load(memory, address)).version).toBe(0);
    await memory.append('sheet-old', [selfAssessed('1.1', '1.00')], { expectedVersion: 0 });
    expect(await folded.load(memory, address)).toMatchObject({ streamId: 'sheet-old', version: 1 });
  });
});
