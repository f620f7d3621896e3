import { WrongExpectedVersionError, UnstorableEventError } from '../errors';
import type { PostgresEventStore } from './postgres-event-store';
import { appraised, selfAssessed, unitStream } from '../testing/par-events';
import { useTestDatabase } from '../testing/use-test-database';

const db = useTestDatabase();

async function countRows(store: PostgresEventStore, streamId: string) {
  const pool = db.pool();
  const events = await pool.query(`SELECT count(*)::int AS n FROM ${store.schema}.events WHERE stream_id = $1`, [streamId]);
  const head = await pool.query(`SELECT version FROM ${store.schema}.streams WHERE stream_id = $1`, [streamId]);
  return { events: events.rows[0].n as number, headVersion: head.rows[0]?.version as number | undefined };
}

describe('appending to a unit’s self-assessment stream', () => {
  let store: PostgresEventStore;
  beforeAll(async () => {
    store = await db.store('submissions');
  });

  it('records a batch in order and reads it back with its metadata', async () => {
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
    expect(typeof read[0].globalPosition.position).toBe('bigint');
    expect(typeof read[0].globalPosition.transactionId).toBe('bigint');
    expect(read[1].globalPosition.position).toBeGreaterThan(read[0].globalPosition.position);
    expect(read[1].previousHash).toBe(read[0].hash);
  });

  it('generates event ids and defaults occurredAt, but keeps what the command handler gave', async () => {
    const stream = unitStream('so-tu-phap-da-nang');
    const given = { ...appraised('2.1', '0.75', 'Thiếu minh chứng'), eventId: '0F8FAD5B-D9CB-469F-A165-70867728950E' };
    given.metadata = { ...given.metadata, occurredAt: '2025-11-03T02:00:00.000Z' };
    const { events } = await store.append(stream, [selfAssessed('2.1', '1.00'), given], { expectedVersion: 'any' });

    expect(events[0].eventId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(events[0].metadata.occurredAt as string)).toBeGreaterThan(Date.now() - 60_000);
    expect(events[1].eventId).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(events[1].metadata).toEqual({
      actor: 'tham-dinh-vien',
      role: 'APPRAISER',
      reason: 'Thiếu minh chứng',
      occurredAt: '2025-11-03T02:00:00.000Z',
    });
    expect((await store.readStream(stream, { fromVersion: 2 })).map((e) => e.eventId)).toEqual([events[1].eventId]);
  });

  it('rejects a wrong expected version with the actual version, and writes nothing', async () => {
    const stream = unitStream('so-y-te-hue');
    await store.append(stream, [selfAssessed('3.1', '1.00')], { expectedVersion: 0 });

    const attempt = store.append(stream, [selfAssessed('3.2', '1.00'), selfAssessed('3.3', '1.00')], { expectedVersion: 5 });

    await expect(attempt).rejects.toThrow(WrongExpectedVersionError);
    await expect(attempt).rejects.toMatchObject({ streamId: stream, expectedVersion: 5, actualVersion: 1 });
    expect(await countRows(store, stream)).toEqual({ events: 1, headVersion: 1 });
  });

  it('refuses to create a stream that already exists (expected version 0)', async () => {
    const stream = unitStream('so-xay-dung-can-tho');
    await store.append(stream, [selfAssessed('1.1', '1.00')], { expectedVersion: 0 });

    await expect(store.append(stream, [selfAssessed('1.1', '0.00')], { expectedVersion: 0 })).rejects.toMatchObject({ actualVersion: 1 });
    expect(await countRows(store, stream)).toEqual({ events: 1, headVersion: 1 });
  });

  it('refuses to continue a stream that does not exist', async () => {
    const stream = unitStream('so-khong-ton-tai');
    await expect(store.append(stream, [selfAssessed('1.1', '1.00')], { expectedVersion: 3 })).rejects.toMatchObject({ actualVersion: 0 });
    expect(await countRows(store, stream)).toEqual({ events: 0, headVersion: undefined });
  });

  it('lets exactly one of two appraisers with the same expected version win', async () => {
    const stream = unitStream('so-gtvt-hai-phong');
    await store.append(stream, [selfAssessed('4.1', '1.00')], { expectedVersion: 0 });
    const first = await db.store('submissions');
    const second = await db.store('submissions');

    const outcomes = await Promise.allSettled([
      first.append(stream, [appraised('4.1', '0.75', 'Báo cáo nộp muộn')], { expectedVersion: 1 }),
      second.append(stream, [appraised('4.1', '0.50', 'Thiếu văn bản')], { expectedVersion: 1 }),
    ]);

    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const [loser] = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(loser.reason).toBeInstanceOf(WrongExpectedVersionError);
    expect(loser.reason.actualVersion).toBe(2);
    expect(await countRows(store, stream)).toEqual({ events: 2, headVersion: 2 });
  });

  it('lets exactly one of many concurrent creators of a new stream win', async () => {
    const stream = unitStream('ubnd-tinh-lao-cai');
    const stores = await Promise.all([1, 2, 3, 4, 5].map(() => db.store('submissions')));

    const outcomes = await Promise.allSettled(stores.map((s, i) => s.append(stream, [selfAssessed('1.1', `0.${i}0`)], { expectedVersion: 0 })));

    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toMatchObject({ code: 'WRONG_EXPECTED_VERSION', actualVersion: 1 });
    expect(await countRows(store, stream)).toEqual({ events: 1, headVersion: 1 });
  });

  it("appends whatever the version with 'any', concurrently too, keeping versions and chain contiguous", async () => {
    const stream = unitStream('so-noi-vu-quang-ninh');
    const stores = await Promise.all([1, 2, 3, 4].map(() => db.store('submissions')));

    await Promise.all(stores.map((s, i) => s.append(stream, [selfAssessed(`5.${i}`, '1.00'), selfAssessed(`6.${i}`, '1.00')], { expectedVersion: 'any' })));

    const read = await store.readStream(stream);
    expect(read.map((e) => e.streamVersion)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    read.slice(1).forEach((event, i) => expect(event.previousHash).toBe(read[i].hash));
    expect(await store.verify()).toMatchObject({ ok: true });
  });

  it('checks the expected version even for an empty batch', async () => {
    const stream = unitStream('so-tai-chinh-hue');
    await store.append(stream, [selfAssessed('1.1', '1.00')], { expectedVersion: 0 });
    await expect(store.append(stream, [], { expectedVersion: 1 })).resolves.toEqual({ nextExpectedVersion: 1, events: [] });
    await expect(store.append(stream, [], { expectedVersion: 'any' })).resolves.toEqual({ nextExpectedVersion: 1, events: [] });
    await expect(store.append(stream, [], { expectedVersion: 2 })).rejects.toThrow(WrongExpectedVersionError);
  });

  it('gives back awkward but valid JSON exactly as hashed, so the chain still verifies', async () => {
    const stream = unitStream('so-khoa-hoc-ca-mau');
    const data = {
      huge: 1e21,
      tiny: 5e-324,
      sum: 0.1 + 0.2,
      negativeZero: -0,
      text: 'Thiếu "minh chứng"\n\t😀 \u2028 \\u0000 (an escaped backslash, not a NUL)',
      empty: [{}, []],
      ['__proto__']: 'a key like any other',
    };
    const { events } = await store.append(stream, [{ type: 'EvidenceReviewed', data: JSON.parse(JSON.stringify(data)) }], { expectedVersion: 0 });

    const [read] = await store.readStream(stream);
    expect(read.data).toEqual(events[0].data);
    expect(read.data).toEqual({ ...JSON.parse(JSON.stringify(data)), negativeZero: 0 });
    expect(await store.verify()).toMatchObject({ ok: true });
  });

  it('refuses data it could not give back unchanged, writing nothing', async () => {
    const stream = unitStream('so-cong-thuong-nghe-an');
    const withNul = { type: 'EvidenceAttached', data: { fileName: 'bao-cao\u0000.pdf' } };

    await expect(store.append(stream, [selfAssessed('1.1', '1.00'), withNul], { expectedVersion: 0 })).rejects.toThrow(
      new UnstorableEventError('events[1].data.fileName', 'PostgreSQL cannot store the NUL character (\\u0000)'),
    );
    await expect(store.append(stream, [{ type: 'ScoreComputed', data: { total: NaN } }], { expectedVersion: 0 })).rejects.toThrow(UnstorableEventError);
    expect(await countRows(store, stream)).toEqual({ events: 0, headVersion: undefined });
  });

  it('keeps the log append-only: UPDATE and DELETE of events are rejected', async () => {
    const stream = unitStream('so-giao-duc-thanh-hoa');
    await store.append(stream, [selfAssessed('1.1', '1.00')], { expectedVersion: 0 });
    const pool = db.pool();

    await expect(pool.query(`UPDATE submissions.events SET data = '{}' WHERE stream_id = $1`, [stream])).rejects.toMatchObject({ code: 'PAR02' });
    await expect(pool.query(`DELETE FROM submissions.events WHERE stream_id = $1`, [stream])).rejects.toMatchObject({ code: 'PAR02' });
    await expect(pool.query(`TRUNCATE submissions.events`)).rejects.toMatchObject({ code: 'PAR02' });
    expect(await countRows(store, stream)).toEqual({ events: 1, headVersion: 1 });
  });
});
