import { handleCommand } from './command-handling';
import type { Decider } from './decider';
import type { EventStore } from './event-store.port';
import { loadStream, type StreamAddress } from './load-stream';
import { useTestDatabase } from './testing/use-test-database';

type Scored = { type: 'CriterionScored'; schemaVersion: 1; data: { sheet: string; criterion: string; points: string } };
type Score = { sheet: string; criterion: string; points: string };
const sheet: Decider<Score, Scored, Map<string, string>> = {
  initialState: () => new Map(),
  evolve: (state, event) => new Map(state).set(event.data.criterion, event.data.points),
  decide: (command, state) => (state.get(command.criterion) === command.points ? [] : [{ type: 'CriterionScored', schemaVersion: 1, data: command }]),
};
const reporter = { actor: 'nguyen.van.a', role: 'UNIT_REPORTER' };

/** A sheet named `sheet/<id>` today and `sheet-<id>` before; both namings' streams say which sheet they are. */
const addressOf = (id: string): StreamAddress => ({
  streamId: `sheet/${id}`,
  legacy: { streamId: `sheet-${id.replace('/', '-')}`, belongs: (first) => (first.data as Score).sheet === id },
});

describe('a stream found by its address: current id, else the legacy stream that is this one, else new', () => {
  const db = useTestDatabase();

  it('a stream an earlier naming began: read, and appended to, under its legacy id, its hash chain intact', async () => {
    const store = await db.store('legacy_continued');
    // As the earlier version wrote it.
    await handleCommand({ store, streamId: 'sheet-a-b', decider: sheet, command: { sheet: 'a/b', criterion: '1.1', points: '1.00' }, metadata: reporter });

    const handled = await handleCommand({
      store,
      ...addressOf('a/b'),
      decider: sheet,
      command: { sheet: 'a/b', criterion: '1.1', points: '0.50' },
      metadata: reporter,
    });

    expect(handled).toMatchObject({ streamId: 'sheet-a-b', version: 2 });
    expect((await store.readStream('sheet-a-b')).map((event) => event.data)).toEqual([
      { sheet: 'a/b', criterion: '1.1', points: '1.00' },
      { sheet: 'a/b', criterion: '1.1', points: '0.50' },
    ]);
    expect(await store.readStream('sheet/a/b')).toEqual([]);
    expect(await store.verify()).toEqual({ ok: true, streams: 1, events: 2 });
  });

  it('a legacy stream whose first event names another stream is not this one: this one starts under its current id', async () => {
    const store = await db.store('legacy_shared');
    // The earlier naming gave sheets 'a-b/c' and 'a/b-c' one id; 'a-b/c' began it.
    await handleCommand({ store, streamId: 'sheet-a-b-c', decider: sheet, command: { sheet: 'a-b/c', criterion: '1.1', points: '1.00' }, metadata: reporter });

    const other = await handleCommand({
      store,
      ...addressOf('a/b-c'),
      decider: sheet,
      command: { sheet: 'a/b-c', criterion: '1.1', points: '1.00' },
      metadata: reporter,
    });
    const owner = await loadStream(store, addressOf('a-b/c'));

    expect(other).toMatchObject({ streamId: 'sheet/a/b-c', version: 1, events: [expect.anything()] });
    expect(owner).toMatchObject({ streamId: 'sheet-a-b-c', events: [expect.objectContaining({ data: { sheet: 'a-b/c', criterion: '1.1', points: '1.00' } })] });
    expect(await store.verify()).toEqual({ ok: true, streams: 2, events: 2 });
  });

  it('a new stream is written under its current id, and read from it from then on', async () => {
    const store = await db.store('current');
    const first = await handleCommand({
      store,
      ...addressOf('x/y'),
      decider: sheet,
      command: { sheet: 'x/y', criterion: '1.1', points: '1.00' },
      metadata: reporter,
    });
    const second = await handleCommand({
      store,
      ...addressOf('x/y'),
      decider: sheet,
      command: { sheet: 'x/y', criterion: '1.2', points: '1.00' },
      metadata: reporter,
    });

    expect([first.streamId, second.streamId, second.version]).toEqual(['sheet/x/y', 'sheet/x/y', 2]);
    expect(await loadStream(store, addressOf('nothing/here'))).toEqual({ streamId: 'sheet/nothing/here', events: [] });
    expect(await loadStream(store, { streamId: 'sheet/x/y' })).toMatchObject({ streamId: 'sheet/x/y', events: [expect.anything(), expect.anything()] });
  });

  it('reads the current id first: once it has events, the legacy id is not read at all', async () => {
    const store = await db.store('read_order');
    await handleCommand({ store, ...addressOf('p/q'), decider: sheet, command: { sheet: 'p/q', criterion: '1.1', points: '1.00' }, metadata: reporter });
    const read: string[] = [];
    const spying = { readStream: (id: string) => (read.push(id), store.readStream(id)) } as unknown as EventStore;

    await loadStream(spying, addressOf('p/q'));

    expect(read).toEqual(['sheet/p/q']);
  });
});
