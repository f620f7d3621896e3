import type { Pool, QueryConfig } from 'pg';
import { WrongExpectedVersionError } from '../errors';
import { appraised, selfAssessed, unitStream } from '../testing/par-events';
import { useTestDatabase } from '../testing/use-test-database';
import { PostgresEventStore } from './postgres-event-store';

const db = useTestDatabase();

/** The names of the store's statements sent on `pool` from now on (append or append-chained, say). */
function statementsSent(pool: Pool): string[] {
  const names: string[] = [];
  const query = pool.query.bind(pool) as (config: QueryConfig) => Promise<unknown>;
  jest.spyOn(pool, 'query').mockImplementation(((config: QueryConfig) => {
    if (typeof config === 'object' && config.name) names.push(config.name.split(':').pop() as string);
    return query(config);
  }) as never);
  return names;
}

describe('appending a batch the store chained itself', () => {
  let store: PostgresEventStore;
  let pool: Pool;
  beforeAll(async () => {
    pool = db.pool();
    store = new PostgresEventStore(pool, 'chained');
    await store.migrate();
  });
  afterEach(() => jest.restoreAllMocks());

  it('chains a new stream and every append after it here, and the database keeps the same chain', async () => {
    const stream = unitStream('so-noi-vu-ha-tinh');
    const sent = statementsSent(pool);

    const first = await store.append(stream, [selfAssessed('1.1', '1.00'), selfAssessed('1.2', '0.50')], { expectedVersion: 0 });
    const second = await store.append(stream, [appraised('1.2', '0.25', 'Thiếu minh chứng')], { expectedVersion: 2 });

    expect(sent).toEqual(['append-chained', 'append-chained']);
    expect(second.events[0].previousHash).toBe(first.events[1].hash);
    jest.restoreAllMocks();
    expect(await store.readStream(stream)).toEqual([...first.events, ...second.events]);
    await expect(store.verify()).resolves.toMatchObject({ ok: true });
  });

  it('knows the head of a stream it has read, even one another process wrote', async () => {
    const stream = unitStream('so-tu-phap-hue');
    const other = await db.store('chained');
    await other.append(stream, [selfAssessed('2.1', '1.00')], { expectedVersion: 0 });
    const sent = statementsSent(pool);

    await store.append(stream, [selfAssessed('2.2', '1.00')], { expectedVersion: 1 }); // not seen yet: the function chains
    await other.append(stream, [selfAssessed('2.3', '1.00')], { expectedVersion: 2 });
    const read = await store.readStream(stream);
    await store.append(stream, [selfAssessed('2.4', '1.00')], { expectedVersion: 3 });

    expect(sent).toEqual(['append', 'read-stream', 'append-chained']);
    jest.restoreAllMocks();
    expect((await store.readStream(stream, { fromVersion: 4 }))[0].previousHash).toBe(read[2].hash);
    await expect(store.verify()).resolves.toMatchObject({ ok: true });
  });

  it('reports a wrong expected version with the actual one, whichever head it chained from', async () => {
    const stream = unitStream('so-y-te-can-tho');
    await store.append(stream, [selfAssessed('3.1', '1.00')], { expectedVersion: 0 });
    const other = await db.store('chained');
    await other.append(stream, [selfAssessed('3.2', '1.00')], { expectedVersion: 1 });

    const attempt = store.append(stream, [selfAssessed('3.3', '1.00')], { expectedVersion: 1 });

    await expect(attempt).rejects.toThrow(WrongExpectedVersionError);
    await expect(attempt).rejects.toMatchObject({ expectedVersion: 1, actualVersion: 2 });
    await expect(store.append(stream, [selfAssessed('3.1', '0.00')], { expectedVersion: 0 })).rejects.toMatchObject({ actualVersion: 2 });
  });

  it('leaves the chain to the function when the head it remembers is not the stream’s (a head row edited by hand)', async () => {
    const stream = unitStream('so-cong-thuong-hai-duong');
    const [first] = (await store.append(stream, [selfAssessed('4.1', '1.00')], { expectedVersion: 0 })).events;
    const edited = 'f'.repeat(64);
    await db.pool().query('UPDATE chained.streams SET last_hash = $2 WHERE stream_id = $1', [stream, edited]);
    const sent = statementsSent(pool);

    const [second] = (await store.append(stream, [selfAssessed('4.2', '1.00')], { expectedVersion: 1 })).events;

    expect(sent).toEqual(['append-chained', 'append']);
    expect(second).toMatchObject({ streamVersion: 2, previousHash: edited });
    jest.restoreAllMocks();
    // The log says what happened: the second event does not continue the first.
    await expect(store.verify()).resolves.toMatchObject({
      ok: false,
      firstBroken: { eventId: second.eventId, problem: 'PREVIOUS_HASH_MISMATCH', expected: first.hash, actual: edited },
    });
  });
});
