import { DEAD_LETTER_HEADERS, deadLetterTopic, EventEnvelope } from '@par/contracts';
import { createTestTopic, deleteTopics, kafkaBrokers } from '@par/testing';
import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { migrateConsumerTables } from '../consumer/consumer-tables';
import { envelopeMessage } from '../envelope-message';
import { ensureTopics } from '../kafka/ensure-topics';
import { createKafka } from '../kafka/kafka-client';
import { KafkaPublisher } from '../kafka/kafka-publisher';
import { KafkaSubscriber } from '../kafka/kafka-subscriber';
import type { IncomingMessage } from '../port/message-subscriber';
import { OrderedReadModel } from '../testing/ordered-read-model';
import { testDatabasePool } from '../testing/test-database-pool';
import { uniqueName } from '../testing/unique-name';
import { waitFor } from '../testing/wait-for';
import { TopicEventConsumer } from './topic-event-consumer';

let database: Awaited<ReturnType<typeof testDatabasePool>>;
let kafka: Kafka;
let publisher: KafkaPublisher;
let topic: string;

beforeAll(async () => {
  database = await testDatabasePool('messaging_malformed');
  kafka = createKafka({ brokers: kafkaBrokers(), clientId: 'messaging-malformed-spec', logLevel: 'error' });
  publisher = new KafkaPublisher(kafka);
  // One partition: the malformed messages sit in front of the valid ones they must not block.
  topic = await createTestTopic(kafkaBrokers(), 'par.malformed.events.v1', 1);
  await ensureTopics(kafka, [{ topic: deadLetterTopic(topic), partitions: 1 }]);
});

afterAll(async () => {
  await publisher?.close();
  await deleteTopics(kafkaBrokers(), [topic, deadLetterTopic(topic)]).catch(() => undefined);
  await database?.close();
});

function envelope(streamVersion: number): EventEnvelope {
  return {
    envelopeVersion: 1,
    eventId: randomUUID(),
    streamId: 'unit-m',
    streamVersion,
    type: 'Scored',
    schemaVersion: 1,
    data: {},
    metadata: {},
    source: 'malformed',
    position: { transactionId: '1', position: String(streamVersion) },
    recordedAt: new Date().toISOString(),
  };
}

it('sends malformed messages to <topic>.dlq naming the bad field, and keeps consuming behind them', async () => {
  const { pool } = database;
  const schema = uniqueName('rm_');
  await migrateConsumerTables(pool, schema);
  const model = new OrderedReadModel(pool, schema, 'malformed-projection');
  await model.migrate();
  const { eventId: _dropped, ...withoutEventId } = envelope(1);
  await publisher.publish(topic, [
    envelopeMessage(envelope(1)),
    { key: 'unit-m', value: 'not json at all' },
    { key: 'unit-m', value: JSON.stringify(withoutEventId), headers: { 'trace-id': 't-1' } },
    { key: 'unit-m', value: null },
    envelopeMessage(envelope(2)),
  ]);

  const consumer = new TopicEventConsumer({
    consumer: model.consumer,
    topics: [topic],
    subscriber: new KafkaSubscriber(kafka, { groupId: uniqueName('malformed-') }),
    publisher,
    pool,
    schema,
  });
  await consumer.start();
  try {
    await waitFor('both valid events applied', async () => (await model.effectCount()) === 2);
  } finally {
    await consumer.stop();
  }

  const letters = await readAll(deadLetterTopic(topic), 3);
  expect(letters.map((m) => [m.headers[DEAD_LETTER_HEADERS.offset], m.headers[DEAD_LETTER_HEADERS.error]])).toEqual([
    ['1', expect.stringContaining('(message) is not JSON')],
    ['2', 'Invalid event envelope: eventId must be a uuid, got nothing'],
    ['3', 'Invalid event envelope: (message) must be an object, got null'],
  ]);
  const second = letters[1];
  expect(second.key?.toString()).toBe('unit-m');
  expect(second.value?.toString()).toBe(JSON.stringify(withoutEventId));
  expect(second.headers).toMatchObject({
    'trace-id': 't-1',
    [DEAD_LETTER_HEADERS.consumer]: 'malformed-projection',
    [DEAD_LETTER_HEADERS.topic]: topic,
    [DEAD_LETTER_HEADERS.partition]: '0',
  });
  expect(model.orderViolations).toEqual([]);
}, 60_000);

async function readAll(from: string, count: number): Promise<IncomingMessage[]> {
  const received: IncomingMessage[] = [];
  const reader = new KafkaSubscriber(kafka, { groupId: uniqueName('dlq-reader-') });
  await reader.start({ topics: [from], handler: async (message) => void received.push(message) });
  try {
    await waitFor(`${count} messages on ${from}`, () => received.length >= count, { timeoutMs: 30_000 });
  } finally {
    await reader.stop();
  }
  return received.sort((a, b) => Number(a.headers[DEAD_LETTER_HEADERS.offset]) - Number(b.headers[DEAD_LETTER_HEADERS.offset]));
}
