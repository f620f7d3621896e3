import { pointsAsText } from '@par/contracts/testing';
import { WrongExpectedVersionError, UnstorableEventError } from '../errors';
import type { RecordedEvent } from '../event-store.port';
import { START } from '../event-store.port';
import { chainHash, contentHash, GENESIS_HASH } from '../hashing';
import { appraised, selfAssessed, unitStream } from '../testing/par-events';
import { InMemoryEventStore } from './in-memory-event-store';

// The PostgreSQL adapter's expectations (postgres/*.spec.ts), held against the in-memory adapter: the
// CLI's dry run of an import relies on the two deciding alike.

const labels = (events: RecordedEvent[]) => events.map((e) => `${e.streamId}#${e.streamVersion}`);

describe('the in-memory event store (the dry run of an import)', () => {
  let store: InMemoryEventStore;
  beforeEach(() => {
    store = new InMemoryEventStore();
  });

  it('records a batch in order and reads it back with its metadata, chained like the PostgreSQL log', async () => {
    const stream = unitStream('ubnd-tinh-bac-ninh');
    const result = await store.append(stream, [selfAssessed('1.1', '1.00'), selfAssessed('1.2', '0.50')], { expectedVersion: 0 });

    expect(result.nextExpectedVersion).toBe(2);
    const read = await store.readStream(stream);
    expect(read.map((e) => [e.streamVersion, e.type, e.data])).toEqual([
      [1, 'CriterionSelfAssessed', { criterion: '1.1', points: '1.00' }],
      [2, 'CriterionSelfAssessed', { criterion: '1.2', points: '0.50' }],
    ]);
    expect(read).toEqual(result.events);
    expect(read[0].metadata).toMatchObject({ actor: 'can-bo-so-noi-vu', role: 'UNIT_OFFICER', correlationId: 'self-assessment-1.1' });
    expect(read[1].globalPosition.position).toBeGreaterThan(read[0].globalPosition.position);
    expect(read[0].previousHash).toBe(GENESIS_HASH);
    expect(read[1].previousHash).toBe(read[0].hash);
    // The documented formula, as anyone can recompute it (hashing.ts).
    expect(read[1].hash).toBe(chainHash(read[0].hash, contentHash(read[1])));
  });

  it('generates event ids and defaults occurredAt, but keeps what the command handler gave', async () => {
    const stream = unitStream('so-tu-phap-da-nang');
    const given = { ...appraised('2.1', '0.75', 'Thiếu minh chứng'), eventId: '0F8FAD5B-D9CB-469F-A165-70867728950E' };
    given.metadata = { ...given.metadata, occurredAt: '2025-11-03T02:00:00.000Z' };
    const { events } = await store.append(stream, [selfAssessed('2.1', '1.00'), given], { expectedVersion: 'any' });

    expect(events[0].eventId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(events[0].metadata.occurredAt as string)).toBeGreaterThan(Date.now() - 60_000);
    expect(events[1].eventId).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(events[1].metadata).toEqual({ actor: 'tham-dinh-vien', role: 'APPRAISER', reason: 'Thiếu minh chứng', occurredAt: '2025-11-03T02:00:00.000Z' });
    expect((await store.readStream(stream, { fromVersion: 2 })).map((e) => e.eventId)).toEqual([events[1].eventId]);
  });

  it('rejects a wrong expected version with the actual version, and writes nothing', async () => {
    const stream = unitStream('so-y-te-hue');
    await store.append(stream, [selfAssessed('3.1', '1.00')], { expectedVersion: 0 });

    const attempt = store.append(stream, [selfAssessed('3.2', '1.00'), selfAssessed('3.3', '1.00')], { expectedVersion: 5 });

    await expect(attempt).rejects.toThrow(WrongExpectedVersionError);
    await expect(attempt).rejects.toMatchObject({ streamId: stream, expectedVersion: 5, actualVersion: 1 });
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('refuses to create a stream that exists, or to continue one that does not', async () => {
    const stream = unitStream('so-xay-dung-can-tho');
    await store.append(stream, [selfAssessed('1.1', '1.00')], { expectedVersion: 0 });

    await expect(store.append(stream, [selfAssessed('1.1', '0.00')], { expectedVersion: 0 })).rejects.toMatchObject({ actualVersion: 1 });
    await expect(store.append(unitStream('so-khong-ton-tai'), [selfAssessed('1.1', '1.00')], { expectedVersion: 3 })).rejects.toMatchObject({
      actualVersion: 0,
    });
    expect(await store.readAll()).toHaveLength(1);
  });

  it('lets exactly one of two appraisers with the same expected version win', async () => {
    const stream = unitStream('so-gtvt-hai-phong');
    await store.append(stream, [selfAssessed('4.1', '1.00')], { expectedVersion: 0 });

    const outcomes = await Promise.allSettled([
      store.append(stream, [appraised('4.1', '0.75', 'Báo cáo nộp muộn')], { expectedVersion: 1 }),
      store.append(stream, [appraised('4.1', '0.50', 'Thiếu văn bản')], { expectedVersion: 1 }),
    ]);

    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const [loser] = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(loser.reason).toMatchObject({ code: 'WRONG_EXPECTED_VERSION', actualVersion: 2 });
  });

  it('checks the expected version even for an empty batch', async () => {
    const stream = unitStream('so-tai-chinh-hue');
    await store.append(stream, [selfAssessed('1.1', '1.00')], { expectedVersion: 0 });
    await expect(store.append(stream, [], { expectedVersion: 1 })).resolves.toEqual({ nextExpectedVersion: 1, events: [] });
    await expect(store.append(stream, [], { expectedVersion: 'any' })).resolves.toEqual({ nextExpectedVersion: 1, events: [] });
    await expect(store.append(stream, [], { expectedVersion: 2 })).rejects.toThrow(WrongExpectedVersionError);
  });

  it('refuses what PostgreSQL could not give back as hashed (the same preparation as the PostgreSQL adapter)', async () => {
    await expect(store.append('s', [{ type: 'Bad', data: { note: 'a\u0000b' } }], { expectedVersion: 0 })).rejects.toThrow(UnstorableEventError);
    await expect(store.append('s', [{ type: 'Bad', data: { points: Number.NaN } }], { expectedVersion: 0 })).rejects.toThrow(UnstorableEventError);
    expect(await store.readAll()).toEqual([]);
  });

  it('gives readers their own copy: changing what was read changes nothing stored', async () => {
    await store.append('s', [selfAssessed('1.1', '1.00')], { expectedVersion: 0 });
    const [read] = await store.readStream('s');
    (read.data as { points: string }).points = '9.99';
    expect((await store.readStream('s'))[0].data).toEqual({ criterion: '1.1', points: '1.00' });
    expect(await store.verify()).toEqual({ ok: true, streams: 1, events: 1 });
  });

  it('pages the global order with `after`, each page continuing exactly where the last ended', async () => {
    for (let unit = 1; unit <= 7; unit++) {
      await store.append(unitStream(`unit-${unit}`), [selfAssessed('1.1', '1.00'), selfAssessed('1.2', '0.50')], { expectedVersion: 0 });
    }
    const everything = await store.readAll();
    const pages: RecordedEvent[][] = [];
    let after = START;
    for (let page = await store.readAll({ after, limit: 4 }); page.length > 0; page = await store.readAll({ after, limit: 4 })) {
      pages.push(page);
      after = page[page.length - 1].globalPosition;
    }
    expect(pages.map((p) => p.length)).toEqual([4, 4, 4, 2]);
    expect(pages.flat()).toEqual(everything);
    expect(labels(everything).slice(0, 3)).toEqual([`${unitStream('unit-1')}#1`, `${unitStream('unit-1')}#2`, `${unitStream('unit-2')}#1`]);
  });

  it('delivers the history, then new events, in global order; caughtUp() waits for what was committed', async () => {
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

  it('resumes a subscription strictly after a checkpoint', async () => {
    const { events } = await store.append('unit-a', [selfAssessed('1.1', '1.00'), selfAssessed('1.2', '1.00'), selfAssessed('1.3', '1.00')], {
      expectedVersion: 0,
    });
    const delivered: RecordedEvent[] = [];
    const subscription = store.subscribe({ after: events[0].globalPosition, handler: async (e) => void delivered.push(e) });

    await subscription.caughtUp();
    await subscription.stop();
    expect(delivered.map((e) => e.streamVersion)).toEqual([2, 3]);
  });

  it('upcasts a v1 event written before its schema changed on every read, and verifies it as written', async () => {
    const reader = new InMemoryEventStore({ upcasters: pointsAsText });
    const { events } = await reader.append('unit-a', [{ type: 'CriterionAppraised', schemaVersion: 1, data: { criterion: '1.1', points: 0.5 } }], {
      expectedVersion: 0,
    });
    expect(events[0]).toMatchObject({ schemaVersion: 1, data: { criterion: '1.1', points: 0.5 } }); // as written
    const expected = { schemaVersion: 2, data: { criterion: '1.1', points: '0.50' }, hash: events[0].hash };
    expect((await reader.readStream('unit-a'))[0]).toMatchObject(expected);
    expect((await reader.readAll())[0]).toMatchObject(expected);
    const delivered: RecordedEvent[] = [];
    const subscription = reader.subscribe({ handler: async (e) => void delivered.push(e) });
    await subscription.caughtUp();
    await subscription.stop();
    expect(delivered[0]).toMatchObject(expected);
    expect(await reader.verify()).toEqual({ ok: true, streams: 1, events: 1 });
  });

  it('verify recomputes every chain and names the first altered event', async () => {
    await store.append('unit-a', [selfAssessed('1.1', '1.00'), selfAssessed('1.2', '1.00')], { expectedVersion: 0 });
    await store.append('unit-b', [selfAssessed('1.1', '0.50')], { expectedVersion: 0 });
    expect(await store.verify()).toEqual({ ok: true, streams: 2, events: 3 });

    // Tampering is only possible from inside; the test reaches in to show verify notices.
    const stored = (store as unknown as { streams: Map<string, RecordedEvent[]> }).streams.get('unit-a')!;
    (stored[1].data as { points: string }).points = '0.25';

    const verdict = await store.verify();
    expect(verdict).toMatchObject({ ok: false, firstBroken: { streamId: 'unit-a', streamVersion: 2, problem: 'HASH_MISMATCH' } });
  });
});
