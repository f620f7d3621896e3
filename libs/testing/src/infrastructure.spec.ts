// Proves the resolved infrastructure is real: a fresh database answers, and a message makes the full trip
// through an idempotent producer and a consumer group that commits its offset.
import { Client } from 'pg';
import type { EachMessagePayload } from 'kafkajs';
import { createTestDatabase, createTestTopic, deleteTopics, testKafka } from './index';

jest.setTimeout(60_000);

describe('test infrastructure', () => {
  it('creates, uses and drops a fresh PostgreSQL database', async () => {
    const db = await createTestDatabase('infra');
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ one: number; name: string }>('select 1 as one, current_database() as name');
      expect(rows[0]).toEqual({ one: 1, name: db.name });
    } finally {
      await client.end();
    }
    await db.drop();

    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [db.name]);
    await admin.end();
    expect(rowCount).toBe(0);
  });

  it('round-trips a message through an idempotent producer and a consumer group', async () => {
    const kafka = testKafka('par-testing-spec');
    const admin = kafka.admin();
    await admin.connect();
    const topic = await createTestTopic(admin, 'par.testing.roundtrip');
    const groupId = `${topic}.group`;
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    const consumer = kafka.consumer({ groupId });
    try {
      const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
      expect(metadata.topics[0].partitions).toHaveLength(3);

      await producer.connect();
      const [ack] = await producer.send({ topic, acks: -1, messages: [{ key: 'unit-1', value: 'hello' }] });
      expect(ack.errorCode).toBe(0);

      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      // Bounded well below the jest timeout, so `finally` still disconnects everything on failure.
      const received = await new Promise<EachMessagePayload>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no message within 20 s')), 20_000);
        consumer.run({ eachMessage: async (payload) => (clearTimeout(timer), resolve(payload)) }).catch(reject);
      });
      expect(received.message.key?.toString()).toBe('unit-1');
      expect(received.message.value?.toString()).toBe('hello');
      expect(received.partition).toBe(ack.partition);

      // Disconnecting commits the resolved offset; the group must then be at offset 1 on that partition.
      await consumer.disconnect();
      const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
      expect(offsets.partitions.find((p) => p.partition === ack.partition)?.offset).toBe('1');
    } finally {
      await Promise.allSettled([producer.disconnect(), consumer.disconnect()]);
      await deleteTopics(admin, [topic]);
      await admin.disconnect();
    }
  });
});
