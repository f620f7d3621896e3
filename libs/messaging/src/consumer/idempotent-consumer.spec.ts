import { EventEnvelope } from '@par/contracts';
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { envelopeMessage } from '../envelope-message';
import { testDatabasePool } from '../testing/test-database-pool';
import { uniqueName } from '../testing/unique-name';
import { migrateConsumerTables } from './consumer-tables';
import type { DeadLetter, DeadLetterSink } from './dead-letter';
import type { EventHandler } from './event-consumer';
import { Delivery, IdempotentConsumer } from './idempotent-consumer';

let database: Awaited<ReturnType<typeof testDatabasePool>>;
let pool: Pool;

beforeAll(async () => {
  database = await testDatabasePool('messaging_idempotent');
  pool = database.pool;
});

afterAll(async () => {
  await database?.close();
});

class RecordedDeadLetters implements DeadLetterSink {
  readonly letters: DeadLetter[] = [];
  async send(letter: DeadLetter): Promise<void> {
    this.letters.push(letter);
  }
}

function delivery(): Delivery {
  const envelope: EventEnvelope = {
    envelopeVersion: 1,
    eventId: randomUUID(),
    streamId: 'unit-1',
    streamVersion: 1,
    type: 'Scored',
    schemaVersion: 1,
    data: { points: '1.00' },
    metadata: {},
    source: 'submissions',
    position: { transactionId: '7', position: '1' },
    recordedAt: new Date().toISOString(),
  };
  return { envelope, message: { topic: 'par.submissions.events.v1', partition: 2, offset: '41', ...envelopeMessage(envelope) } };
}

/** A consumer whose handler writes one row per call (so double application is visible) and then runs `after`. */
async function consumerWith(after: (call: number, envelope: EventEnvelope) => void) {
  const schema = uniqueName('rm_');
  await migrateConsumerTables(pool, schema);
  await pool.query(`CREATE TABLE ${schema}.effects (event_id uuid NOT NULL)`);
  let calls = 0;
  const handle: EventHandler = async (envelope, tx) => {
    calls += 1;
    await tx.query(`INSERT INTO ${schema}.effects VALUES ($1)`, [envelope.eventId]);
    after(calls, envelope);
  };
  const deadLetters = new RecordedDeadLetters();
  const consumer = new IdempotentConsumer({
    consumer: { name: 'test-projection', handle },
    pool,
    schema,
    deadLetters,
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
  });
  const effects = async () => Number((await pool.query(`SELECT count(*) FROM ${schema}.effects`)).rows[0].count);
  const marks = async () => Number((await pool.query(`SELECT count(*) FROM ${schema}.processed_events`)).rows[0].count);
  return { consumer, schema, deadLetters, effects, marks, calls: () => calls };
}

describe('IdempotentConsumer', () => {
  it('applies an event once and skips its redeliveries, even concurrent ones', async () => {
    const { consumer, effects } = await consumerWith(() => undefined);
    const once = delivery();
    const outcomes = await Promise.all([consumer.process(once), consumer.process(once), consumer.process(once)]);
    expect(outcomes.sort()).toEqual(['applied', 'duplicate', 'duplicate']);
    expect(await consumer.process(once)).toBe('duplicate');
    expect(await effects()).toBe(1);
  });

  it('retries a failing handler, rolling back each failed attempt, and applies it once it succeeds', async () => {
    const { consumer, effects, deadLetters, calls } = await consumerWith((call) => {
      if (call < 3) throw new Error('not yet');
    });
    expect(await consumer.process(delivery())).toBe('applied');
    expect(calls()).toBe(3);
    expect(await effects()).toBe(1);
    expect(deadLetters.letters).toEqual([]);
  });

  it('dead-letters after 3 failed attempts with the error and origin, and marks the event processed', async () => {
    const { consumer, effects, marks, deadLetters } = await consumerWith(() => {
      throw new RangeError('points out of range');
    });
    const poison = delivery();
    expect(await consumer.process(poison)).toBe('dead-lettered');
    expect(deadLetters.letters).toEqual([
      expect.objectContaining({
        consumer: 'test-projection',
        eventId: poison.envelope.eventId,
        error: 'RangeError: points out of range',
        attempts: 3,
        topic: 'par.submissions.events.v1',
        partition: 2,
        offset: '41',
        key: 'unit-1',
        value: poison.message.value,
      }),
    ]);
    expect(await effects()).toBe(0);
    expect(await marks()).toBe(1);
    expect(await consumer.process(poison)).toBe('duplicate');
    expect(deadLetters.letters).toHaveLength(1);
  });

  it('treats a database error the handler swallowed as its failure, not as success', async () => {
    const { schema, effects, marks, deadLetters } = await consumerWith(() => undefined);
    const swallowing = new IdempotentConsumer({
      consumer: { name: 'swallowing', handle: async (_envelope, tx) => void (await tx.query('SELECT 1/0').catch(() => undefined)) },
      pool,
      schema,
      deadLetters,
      retry: { initialDelayMs: 1, maxDelayMs: 5 },
    });
    expect(await swallowing.process(delivery())).toBe('dead-lettered');
    expect(deadLetters.letters[0].error).toMatch(/TransactionAbortedError/);
    expect(await effects()).toBe(0);
    expect(await marks()).toBe(1);
  });

  it('never dead-letters for a transient database failure: it rolls back and throws for the transport to redeliver', async () => {
    const conflict = Object.assign(new Error('could not serialize access'), { code: '40001' });
    const { consumer, effects, marks, deadLetters } = await consumerWith(() => {
      throw conflict;
    });
    await expect(consumer.process(delivery())).rejects.toBe(conflict);
    expect(deadLetters.letters).toEqual([]);
    expect(await effects()).toBe(0);
    expect(await marks()).toBe(0);
  });
});

describe('a batch of deliveries applied in one transaction (processBatch)', () => {
  it('applies every fresh event once, skips those already applied, and commits the last delivery’s extra work once', async () => {
    const { consumer, effects, marks, schema } = await consumerWith(() => undefined);
    await pool.query(`CREATE TABLE ${schema}.checkpoints (position text NOT NULL)`);
    const [first, second, third] = [delivery(), delivery(), delivery()];
    await consumer.process(first);
    const withCheckpoint = (item: Delivery, position: string): Delivery => ({
      ...item,
      alsoInTransaction: async (tx) => void (await tx.query(`INSERT INTO ${schema}.checkpoints VALUES ($1)`, [position])),
    });

    await consumer.processBatch([withCheckpoint(first, '1'), withCheckpoint(second, '2'), withCheckpoint(third, '3')]);

    expect(await effects()).toBe(3);
    expect(await marks()).toBe(3);
    expect((await pool.query(`SELECT position FROM ${schema}.checkpoints`)).rows).toEqual([{ position: '3' }]);
  });

  it('one event whose handler keeps failing: the batch is rolled back and applied one by one, so only that event is dead-lettered', async () => {
    const failing = delivery();
    const { consumer, effects, deadLetters, schema } = await consumerWith((_, envelope) => {
      if (envelope.eventId === failing.envelope.eventId) throw new Error('projection bug');
    });

    await consumer.processBatch([delivery(), failing, delivery()]);

    expect(await effects()).toBe(2);
    expect(deadLetters.letters.map((letter) => letter.eventId)).toEqual([failing.envelope.eventId]);
    expect(Number((await pool.query(`SELECT count(*) FROM ${schema}.processed_events`)).rows[0].count)).toBe(3);
  });
});
