import { PostgresEventStore } from '@par/event-store';
import type { Pool } from 'pg';
import { migrateConsumerTables } from '../consumer/consumer-tables';
import { OrderedReadModel } from '../testing/ordered-read-model';
import { testDatabasePool } from '../testing/test-database-pool';
import { InProcessEventConsumer } from './in-process-event-consumer';
import { LogReplay } from './log-replay';

jest.setTimeout(60_000);

const SCHEMA = 'replaying';

describe('LogReplay: a consumer brought up to the end of its log in large batches, then handed to the live transport', () => {
  let database: Awaited<ReturnType<typeof testDatabasePool>>;
  let pool: Pool;
  let store: PostgresEventStore;
  let readModel: OrderedReadModel;
  const replay = (options: { batchSize?: number; shouldStop?: () => boolean; onBatch?: (events: number) => void } = {}) =>
    new LogReplay({ consumer: readModel.consumer, source: { service: 'source', store }, pool, schema: SCHEMA, ...options });
  const appendTo = (stream: string, count: number, type = 'Happened') =>
    store.append(
      stream,
      Array.from({ length: count }, (_, index) => ({ type, data: { index } })),
      { expectedVersion: 'any' },
    );
  const letters = async () => (await pool.query<{ event_id: string }>(`SELECT event_id FROM ${SCHEMA}.dead_letters`)).rows.map((row) => row.event_id);

  beforeAll(async () => {
    database = await testDatabasePool('messaging_log_replay');
    pool = database.pool;
    store = new PostgresEventStore(pool, 'replayed_source');
    await store.migrate();
    await migrateConsumerTables(pool, SCHEMA);
    readModel = new OrderedReadModel(pool, SCHEMA, 'replay-test', { poisonTypes: new Set(['Poison']) });
    await readModel.migrate();
    for (const stream of ['a', 'b', 'c']) await appendTo(stream, 40);
    // A poison event alone in its stream (the read model checks each stream's order).
    await appendTo('poisoned', 1, 'Poison');
    await appendTo('d', 20);
  });

  afterAll(async () => {
    await database?.close();
  });

  it('stops when asked after a committed batch and goes on from its checkpoint: every event once, in order, the poison dead-lettered', async () => {
    let batches = 0;
    const first = await replay({ batchSize: 7, onBatch: () => (batches += 1), shouldStop: () => batches >= 3 }).run();
    expect(first.stopped).toBe(true);
    // The batch read and prepared when the stop came is still written: at most two past the third.
    expect(first.events).toBeGreaterThanOrEqual(21);
    expect(first.events).toBeLessThanOrEqual(35);

    const second = await replay({ batchSize: 7 }).run();
    expect(second).toMatchObject({ stopped: false, events: 141 - first.events });
    const applications = await readModel.applications();
    expect(applications.size).toBe(140);
    expect([...applications.values()].every((count) => count === 1)).toBe(true);
    expect(readModel.orderViolations).toEqual([]);
    const [poison] = (await store.readStream('poisoned')).map((event) => event.eventId);
    expect(await letters()).toEqual([poison]);
  });

  it('writes no processed-event marks but around a poison batch, and the live consumer starts after its checkpoint', async () => {
    const marked = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${SCHEMA}.processed_events`);
    // The batch that held the poison event was applied event by event, as live: those 7 events are marked.
    expect(marked.rows[0].n).toBe(7);
    const live = new InProcessEventConsumer({ consumer: readModel.consumer, source: { service: 'source', store }, pool, schema: SCHEMA, pollIntervalMs: 20 });
    await live.start();
    try {
      await appendTo('a', 5);
      await live.caughtUp();
    } finally {
      await live.stop();
    }
    const applications = await readModel.applications();
    expect(applications.size).toBe(145);
    expect([...applications.values()].every((count) => count === 1)).toBe(true);
    expect(readModel.orderViolations).toEqual([]);
  });
});
