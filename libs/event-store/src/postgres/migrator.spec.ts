import { eventually } from '@par/testing';
import type { Pool } from 'pg';
import type { NewEvent } from '../event-store.port';
import { openTransaction } from '../testing/open-transaction';
import { selfAssessed } from '../testing/par-events';
import { useTestDatabase } from '../testing/use-test-database';
import { migrate, runMigrations } from './migrator';
import { EVENT_STORE_MIGRATIONS } from './migrations';
import { PostgresEventStore } from './postgres-event-store';

const db = useTestDatabase();

/** A new stream appended as the code before 0005 did: the four arguments of 0002's function, which chains in SQL. */
async function appendAsBefore0005(pool: Pool, schema: string, streamId: string, events: NewEvent[]): Promise<void> {
  const writer = await openTransaction(pool, schema);
  await writer.append(streamId, events, 0);
  await writer.commit();
}

describe('migrating a service’s schema', () => {
  it('is safe when two processes start at once, and records each migration once', async () => {
    const first = new PostgresEventStore(db.pool(), 'appraisal');
    const second = new PostgresEventStore(db.pool(), 'appraisal');

    await Promise.all([first.migrate(), second.migrate(), first.migrate()]);
    await second.migrate();

    const { rows } = await db.pool().query('SELECT name FROM appraisal.event_store_migrations ORDER BY name');
    expect(rows.map((r) => r.name)).toEqual(EVENT_STORE_MIGRATIONS.map((m) => m.name));
    await expect(first.append('unit-a', [selfAssessed('1.1', '1.00')], { expectedVersion: 0 })).resolves.toMatchObject({ nextExpectedVersion: 1 });
  });

  it('keeps two services’ logs independent in one database', async () => {
    const submissions = await db.store('submissions');
    const ranking = await db.store('ranking');

    await submissions.append('unit-a', [selfAssessed('1.1', '1.00'), selfAssessed('1.2', '1.00')], { expectedVersion: 0 });
    await ranking.append('unit-a', [{ type: 'UnitRanked', data: { rank: 3 } }], { expectedVersion: 0 });

    expect((await submissions.readStream('unit-a')).map((e) => e.type)).toEqual(['CriterionSelfAssessed', 'CriterionSelfAssessed']);
    expect((await ranking.readStream('unit-a')).map((e) => [e.streamVersion, e.type])).toEqual([[1, 'UnitRanked']]);
    await expect(ranking.verify()).resolves.toEqual({ ok: true, streams: 1, events: 1 });
    await expect(submissions.verify()).resolves.toEqual({ ok: true, streams: 1, events: 2 });
  });

  it('runs the histories of one schema (log, read model, consumers) at once without colliding on CREATE SCHEMA', async () => {
    const table = (name: string) => ({ name: `0001_${name}`, sql: (s: string) => `CREATE TABLE ${s}.${name} (id integer PRIMARY KEY)` });
    const histories = ['read_model', 'consumers', 'relay'].map((ledger) =>
      runMigrations(db.pool(), { schema: 'fresh', ledger: `${ledger}_migrations`, migrations: [table(ledger)] }),
    );
    await Promise.all([...histories, migrate(db.pool(), 'fresh')]);

    const { rows } = await db.pool().query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'fresh' ORDER BY table_name`);
    expect(rows.map((row) => row.table_name)).toEqual(expect.arrayContaining(['consumers', 'events', 'read_model', 'relay', 'streams']));
  });

  it('refuses a ledger name it would have to quote', async () => {
    await expect(runMigrations(db.pool(), { schema: 'fresh', ledger: 'x; DROP TABLE y', migrations: [] })).rejects.toThrow(/plain table name/);
  });

  it('refuses schema names it would have to quote', () => {
    expect(() => new PostgresEventStore(db.pool(), 'Submissions"; DROP')).toThrow(/must match/);
  });
});

describe('0004: the global order is the primary key', () => {
  const indexesOf = async (schema: string) =>
    (
      await db
        .pool()
        .query<{ name: string; definition: string }>(
          `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = $1 AND tablename = 'events' ORDER BY indexname`,
          [schema],
        )
    ).rows.map((row) => `${row.name}: ${row.definition.replace(/^.* USING btree /, '')}`);

  it('leaves one index per appended event fewer: the global order (as primary key), event ids, stream versions', async () => {
    await db.store('fresh');
    expect(await indexesOf('fresh')).toEqual([
      'events_event_id_key: (event_id)',
      'events_global_order: (transaction_id, global_position)',
      'events_stream_id_stream_version_key: (stream_id, stream_version)',
    ]);
    const { rows } = await db.pool().query(`SELECT conname FROM pg_constraint WHERE conrelid = 'fresh.events'::regclass AND contype = 'p'`);
    expect(rows).toEqual([{ conname: 'events_global_order' }]);
  });

  it('upgrades a log written before it: same events, same order, chains still verify, appends go on', async () => {
    const pool = db.pool();
    await migrate(pool, 'upgraded', EVENT_STORE_MIGRATIONS.slice(0, 3));
    const store = new PostgresEventStore(pool, 'upgraded');
    await appendAsBefore0005(pool, 'upgraded', 'unit-a', [selfAssessed('1.1', '1.00'), selfAssessed('1.2', '0.50')]);
    await appendAsBefore0005(pool, 'upgraded', 'unit-b', [selfAssessed('1.1', '0.75')]);
    // readAll withholds commits newer than the oldest transaction still running anywhere on the server.
    const before = await eventually(async () => {
      const all = await store.readAll();
      expect(all).toHaveLength(3);
      return all;
    });

    await store.migrate();

    expect(await store.readAll()).toEqual(before);
    const [last] = (await store.append('unit-a', [selfAssessed('1.3', '1.00')], { expectedVersion: 2 })).events;
    await eventually(async () => expect(await store.readAll({ after: before[before.length - 1].globalPosition })).toEqual([last]));
    await expect(store.verify()).resolves.toEqual({ ok: true, streams: 2, events: 4 });
    // Event ids stay unique across the log: downstream idempotency keys on them.
    const reused = { ...selfAssessed('1.1', '1.00'), eventId: before[0].eventId };
    await expect(store.append('unit-c', [reused], { expectedVersion: 0 })).rejects.toThrow(/events_event_id_key/);
  });
});

describe('0005: the caller chains the batch from the head it knows', () => {
  it('upgrades a log written before it: the chains go on from the heads the function wrote, whoever chains them', async () => {
    const pool = db.pool();
    await migrate(pool, 'chained', EVENT_STORE_MIGRATIONS.slice(0, 4));
    await appendAsBefore0005(pool, 'chained', 'unit-a', [selfAssessed('1.1', '1.00'), selfAssessed('1.2', '0.50')]);

    const store = new PostgresEventStore(pool, 'chained');
    await store.migrate();
    // This store has not seen unit-a: the function chains from the head row; then the store knows the head.
    const [third] = (await store.append('unit-a', [selfAssessed('1.3', '1.00')], { expectedVersion: 2 })).events;
    const [fourth] = (await store.append('unit-a', [selfAssessed('1.4', '0.25')], { expectedVersion: 3 })).events;

    expect(fourth.previousHash).toBe(third.hash);
    expect((await store.readStream('unit-a')).map((event) => [event.streamVersion, event.hash])).toEqual([
      [1, expect.any(String)],
      [2, third.previousHash],
      [3, third.hash],
      [4, fourth.hash],
    ]);
    await expect(store.verify()).resolves.toEqual({ ok: true, streams: 1, events: 4 });
  });
});
