import { createTestTopic, deleteTopics, kafkaBrokers } from '@par/testing';
import type { Kafka } from 'kafkajs';
import type { IncomingMessage } from '../port/message-subscriber';
import { uniqueName } from '../testing/unique-name';
import { waitFor } from '../testing/wait-for';
import { createKafka } from './kafka-client';
import { KafkaPublisher } from './kafka-publisher';
import { KafkaSubscriber } from './kafka-subscriber';

let kafka: Kafka;
let publisher: KafkaPublisher;
const topics: string[] = [];

beforeAll(() => {
  kafka = createKafka({ brokers: kafkaBrokers(), clientId: 'messaging-subscriber-spec', logLevel: 'error' });
  publisher = new KafkaPublisher(kafka);
});

afterAll(async () => {
  await publisher?.close();
  await deleteTopics(kafkaBrokers(), topics).catch(() => undefined);
});

async function topicWith(partitions: number, keys: string[], perKey: number): Promise<string> {
  const topic = await createTestTopic(kafkaBrokers(), 'par.subscriber.spec', partitions);
  topics.push(topic);
  for (let i = 0; i < perKey; i += 1) {
    await publisher.publish(
      topic,
      keys.map((key) => ({ key, value: `${key}:${i}` })),
    );
  }
  return topic;
}

describe('KafkaSubscriber', () => {
  it('handles partitions concurrently while keeping each partition in offset order', async () => {
    const topic = await topicWith(
      3,
      Array.from({ length: 12 }, (_, i) => `k${i}`),
      5,
    );
    const seen = new Map<number, number[]>();
    let running = 0;
    let mostAtOnce = 0;
    const subscriber = new KafkaSubscriber(kafka, { groupId: uniqueName('order-'), partitionsConsumedConcurrently: 3 });
    await subscriber.start({
      topics: [topic],
      handler: async ({ partition, offset }: IncomingMessage) => {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        await new Promise((resolve) => setTimeout(resolve, 10));
        seen.set(partition, [...(seen.get(partition) ?? []), Number(offset)]);
        running -= 1;
      },
    });
    try {
      await waitFor('60 messages', () => [...seen.values()].flat().length === 60, { timeoutMs: 30_000 });
    } finally {
      await subscriber.stop();
    }
    for (const offsets of seen.values()) expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(seen.size).toBe(3);
    expect(mostAtOnce).toBeGreaterThan(1);
  }, 60_000);

  it('keeps its group membership through a handler slower than the session timeout (no redelivery loop)', async () => {
    const topic = await topicWith(1, ['slow'], 3);
    const deliveries: string[] = [];
    // 6 s is the broker's minimum session timeout; the first message takes 9 s.
    const subscriber = new KafkaSubscriber(kafka, { groupId: uniqueName('slow-'), sessionTimeoutMs: 6_000, heartbeatIntervalMs: 1_000 });
    await subscriber.start({
      topics: [topic],
      handler: async ({ offset }) => {
        deliveries.push(offset);
        if (offset === '0') await new Promise((resolve) => setTimeout(resolve, 9_000));
      },
    });
    try {
      await waitFor('all 3 messages', () => deliveries.includes('2'), { timeoutMs: 30_000 });
    } finally {
      await subscriber.stop();
    }
    expect(deliveries).toEqual(['0', '1', '2']);
  }, 60_000);
});
