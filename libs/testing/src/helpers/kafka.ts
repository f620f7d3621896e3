// Kafka helpers for tests: the resolved brokers, a client, and uniquely named topics that are ready to use.
import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, type Admin, type KafkaConfig } from 'kafkajs';

/** Brokers resolved by the jest global setup (KAFKA_BROKERS, comma-separated). */
export function kafkaBrokers(): string[] {
  const value = process.env.KAFKA_BROKERS;
  if (!value) {
    throw new Error(
      'KAFKA_BROKERS is not set: use the jest preset `withInfrastructure` (jest.preset.js), whose global setup ' +
        'resolves Kafka, or set KAFKA_BROKERS yourself (e.g. after `npm run kafka:start`: 127.0.0.1:9092).',
    );
  }
  return value
    .split(',')
    .map((broker) => broker.trim())
    .filter(Boolean);
}

/** A kafkajs client on the resolved brokers. Logs only errors: kafkajs is chatty at INFO. */
export function testKafka(clientId = 'par-test', config: Partial<KafkaConfig> = {}): Kafka {
  return new Kafka({ clientId, brokers: kafkaBrokers(), logLevel: logLevel.ERROR, ...config });
}

/**
 * Creates `<baseName>.<random>` with the given partitions and waits until every partition has a leader,
 * so a producer's first send does not race the topic's creation.
 */
export async function createTestTopic(adminOrBrokers: Admin | string[], baseName: string, partitions = 3): Promise<string> {
  const topic = `${baseName.replace(/[^a-zA-Z0-9._-]+/g, '-')}.${randomBytes(4).toString('hex')}`;
  await withAdmin(adminOrBrokers, async (admin) => {
    await admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }], waitForLeaders: true });
    await waitForLeaders(admin, topic, partitions);
  });
  return topic;
}

export async function deleteTopics(adminOrBrokers: Admin | string[], topics: string[]): Promise<void> {
  if (topics.length === 0) return;
  await withAdmin(adminOrBrokers, (admin) => admin.deleteTopics({ topics }));
}

async function waitForLeaders(admin: Admin, topic: string, partitions: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] }).catch(() => undefined);
    const ready = metadata?.topics[0]?.partitions.filter((p) => p.leader >= 0).length ?? 0;
    if (ready === partitions) return;
    if (Date.now() > deadline) throw new Error(`topic ${topic}: ${ready}/${partitions} partitions have a leader after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Uses the caller's connected admin as is, or opens (and closes) one on the given brokers. */
async function withAdmin<T>(adminOrBrokers: Admin | string[], work: (admin: Admin) => Promise<T>): Promise<T> {
  if (!Array.isArray(adminOrBrokers)) return work(adminOrBrokers);
  const admin = new Kafka({ clientId: 'par-test-admin', brokers: adminOrBrokers, logLevel: logLevel.ERROR }).admin();
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.disconnect();
  }
}
