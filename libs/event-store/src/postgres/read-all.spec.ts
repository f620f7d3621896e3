import type { GlobalPosition, RecordedEvent } from '../event-store.port';
import { START } from '../event-store.port';
import { eventually } from '@par/testing';
import { openTransaction } from '../testing/open-transaction';
import { appraised, selfAssessed, unitStream } from '../testing/par-events';
import { useTestDatabase } from '../testing/use-test-database';
import type { PostgresEventStore } from './postgres-event-store';

const db = useTestDatabase();

/** A relay-like reader: successive readAll calls, each from the checkpoint the previous one reached. */
function checkpointedReader(store: PostgresEventStore, limit = 1000) {
  const seen: RecordedEvent[] = [];
  let checkpoint: GlobalPosition = START;
  return {
    seen,
    async poll() {
      const batch = await store.readAll({ after: checkpoint, limit });
      seen.push(...batch);
      if (batch.length > 0) checkpoint = batch[batch.length - 1].globalPosition;
      return batch;
    },
  };
}

const types = (events: RecordedEvent[]) => events.map((e) => `${e.streamId}#${e.streamVersion}`);

describe('reading the whole log in global order', () => {
  it('pages with `after`, each page continuing exactly where the last ended', async () => {
    const store = await db.store('paging');
    for (let unit = 1; unit <= 7; unit++) {
      await store.append(unitStream(`unit-${unit}`), [selfAssessed('1.1', '1.00'), selfAssessed('1.2', '0.50')], { expectedVersion: 0 });
    }
    const everything = await eventually(async () => {
      const all = await store.readAll();
      expect(all).toHaveLength(14);
      return all;
    });

    const pages: RecordedEvent[][] = [];
    let after = START;
    for (let page = await store.readAll({ after, limit: 4 }); page.length > 0; page = await store.readAll({ after, limit: 4 })) {
      pages.push(page);
      after = page[page.length - 1].globalPosition;
    }

    expect(pages.map((p) => p.length)).toEqual([4, 4, 4, 2]);
    expect(pages.flat()).toEqual(everything);
    expect(types(everything).slice(0, 2)).toEqual([`${unitStream('unit-1')}#1`, `${unitStream('unit-1')}#2`]);
  });

  it('never skips an event whose transaction started first but committed last (the gap)', async () => {
    const store = await db.store('gap');
    const pool = db.pool();
    const reader = checkpointedReader(store);
    await store.append('cycle-2025', [{ type: 'CycleOpened', data: { year: 2025 } }], { expectedVersion: 0 });
    await eventually(async () => expect(await reader.poll()).toHaveLength(1));

    const slow = await openTransaction(pool, 'gap');
    await slow.append(unitStream('so-noi-vu'), [selfAssessed('1.1', '1.00')]);
    const fast = await openTransaction(pool, 'gap');
    await fast.append(unitStream('so-tu-phap'), [appraised('1.1', '0.75', 'Thiếu minh chứng')]);
    await fast.commit();

    // The fast event has the higher position and is committed, but the slow transaction is still running.
    expect(await reader.poll()).toEqual([]);
    expect(await store.readStream(unitStream('so-tu-phap'))).toHaveLength(1);

    await slow.commit();
    await eventually(async () => {
      await reader.poll();
      expect(reader.seen).toHaveLength(3);
    });
    expect(types(reader.seen)).toEqual(['cycle-2025#1', `${unitStream('so-noi-vu')}#1`, `${unitStream('so-tu-phap')}#1`]);
    expect(await reader.poll()).toEqual([]);
    expect(reader.seen).toEqual(await store.readAll());
  });

  it('orders by transaction, so an event positioned later but written by an older transaction comes first', async () => {
    const store = await db.store('older_transaction');
    const pool = db.pool();
    const reader = checkpointedReader(store);

    const older = await openTransaction(pool, 'older_transaction');
    const olderId = await older.takeTransactionId();
    const younger = await openTransaction(pool, 'older_transaction');
    await younger.append('unit-b', [selfAssessed('2.1', '1.00')]);
    await younger.commit();
    await older.append('unit-a', [selfAssessed('1.1', '1.00')]);
    expect(await reader.poll()).toEqual([]);
    await older.commit();

    await eventually(async () => {
      await reader.poll();
      expect(reader.seen).toHaveLength(2);
    });
    const [first, second] = reader.seen;
    expect([first.streamId, second.streamId]).toEqual(['unit-a', 'unit-b']);
    expect(first.globalPosition.transactionId).toBe(olderId);
    expect(first.globalPosition.position).toBeGreaterThan(second.globalPosition.position);
  });
});
