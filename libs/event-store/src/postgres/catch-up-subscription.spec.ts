import type { RecordedEvent } from '../event-store.port';
import { openTransaction } from '../testing/open-transaction';
import { appraised, selfAssessed, unitStream } from '../testing/par-events';
import { useTestDatabase } from '../testing/use-test-database';

const db = useTestDatabase();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const labels = (events: RecordedEvent[]) => events.map((e) => `${e.streamId}#${e.streamVersion}`);

describe('a catch-up subscription (how projections and the embedded mode follow a log)', () => {
  it('delivers the history, then new events, in global order; caughtUp() waits for what was committed', async () => {
    const store = await db.store('history');
    await store.append('unit-a', [selfAssessed('1.1', '1.00'), selfAssessed('1.2', '1.00')], { expectedVersion: 0 });
    await store.append('unit-b', [selfAssessed('1.1', '0.50')], { expectedVersion: 0 });
    const delivered: RecordedEvent[] = [];
    const subscription = store.subscribe({ handler: async (e) => void delivered.push(e), batchSize: 2, pollIntervalMs: 20 });

    await subscription.caughtUp();
    expect(labels(delivered)).toEqual(['unit-a#1', 'unit-a#2', 'unit-b#1']);
    expect(subscription.checkpoint).toEqual(delivered[2].globalPosition);

    await store.append('unit-a', [appraised('1.1', '0.75', 'Thiếu minh chứng')], { expectedVersion: 2 });
    await subscription.caughtUp();
    expect(labels(delivered)).toEqual(['unit-a#1', 'unit-a#2', 'unit-b#1', 'unit-a#3']);
    await subscription.stop();
  });

  it('resumes strictly after a checkpoint', async () => {
    const store = await db.store('resume');
    const { events } = await store.append('unit-a', [selfAssessed('1.1', '1.00'), selfAssessed('1.2', '1.00'), selfAssessed('1.3', '1.00')], {
      expectedVersion: 0,
    });
    const delivered: RecordedEvent[] = [];
    const subscription = store.subscribe({ after: events[0].globalPosition, handler: async (e) => void delivered.push(e) });

    await subscription.caughtUp();
    await subscription.stop();
    expect(delivered.map((e) => e.streamVersion)).toEqual([2, 3]);
  });

  it('delivers every event exactly once across a late commit of an earlier transaction', async () => {
    const store = await db.store('late_commit');
    const pool = db.pool();
    const delivered: RecordedEvent[] = [];
    const subscription = store.subscribe({ handler: async (e) => void delivered.push(e), pollIntervalMs: 10 });

    const slow = await openTransaction(pool, 'late_commit');
    await slow.append(unitStream('so-noi-vu'), [selfAssessed('1.1', '1.00')]);
    const fast = await openTransaction(pool, 'late_commit');
    await fast.append(unitStream('so-tu-phap'), [selfAssessed('1.1', '0.50')]);
    await fast.commit();
    await sleep(150); // many polls while the slow transaction is open
    expect(delivered).toEqual([]);

    await slow.commit();
    await subscription.caughtUp();
    await sleep(100);
    await subscription.stop();
    expect(labels(delivered)).toEqual([`${unitStream('so-noi-vu')}#1`, `${unitStream('so-tu-phap')}#1`]);
  });

  it('under concurrent appenders, delivers each event once and each stream in version order', async () => {
    const store = await db.store('contention');
    const writers = await Promise.all([1, 2, 3, 4].map(() => db.store('contention')));
    const delivered: RecordedEvent[] = [];
    const subscription = store.subscribe({ handler: async (e) => void delivered.push(e), batchSize: 7, pollIntervalMs: 5 });

    await Promise.all(
      writers.map(async (writer, w) => {
        for (let i = 0; i < 15; i++) {
          await writer.append(`unit-${i % 3}`, [selfAssessed(`${w}.${i}`, '1.00'), selfAssessed(`${w}.${i}b`, '1.00')], { expectedVersion: 'any' });
        }
      }),
    );
    await subscription.caughtUp();
    await subscription.stop();

    expect(delivered).toHaveLength(4 * 15 * 2);
    expect(new Set(delivered.map((e) => e.eventId)).size).toBe(delivered.length);
    for (const unit of ['unit-0', 'unit-1', 'unit-2']) {
      const versions = delivered.filter((e) => e.streamId === unit).map((e) => e.streamVersion);
      expect(versions).toEqual(versions.map((_, i) => i + 1));
    }
  });

  it('stop() waits for the handler in flight, and the checkpoint counts only completed handlers', async () => {
    const store = await db.store('stopping');
    await store.append('unit-a', [selfAssessed('1.1', '1.00'), selfAssessed('1.2', '1.00')], { expectedVersion: 0 });
    let release!: () => void;
    const started: RecordedEvent[] = [];
    const finished: RecordedEvent[] = [];
    const subscription = store.subscribe({
      handler: async (e) => {
        started.push(e);
        await new Promise<void>((resolve) => (release = resolve));
        finished.push(e);
      },
    });
    while (started.length === 0) await sleep(5);

    const stopping = subscription.stop();
    await sleep(20);
    expect(finished).toHaveLength(0);
    release();
    await stopping;

    expect(finished.map((e) => e.streamVersion)).toEqual([1]);
    expect(subscription.checkpoint).toEqual(finished[0].globalPosition);
    await expect(subscription.caughtUp()).rejects.toThrow(/stopped/);
  });

  it('stops and reports when the handler fails, keeping the checkpoint before the failing event', async () => {
    const store = await db.store('failing');
    const { events } = await store.append('unit-a', [selfAssessed('1.1', '1.00'), selfAssessed('1.2', 'x')], { expectedVersion: 0 });
    const failure = new Error('points must be a decimal');
    const errors: unknown[] = [];
    const subscription = store.subscribe({
      handler: async (e) => {
        if ((e.data as { points: string }).points === 'x') throw failure;
      },
      onError: (error) => errors.push(error),
    });

    await expect(subscription.caughtUp()).rejects.toBe(failure);
    expect(errors).toEqual([failure]);
    expect(subscription.checkpoint).toEqual(events[0].globalPosition);
    await subscription.stop();
  });
});
