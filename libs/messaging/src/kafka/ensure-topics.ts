import type { Kafka } from 'kafkajs';

export interface TopicSpec {
  topic: string;
  /** Upper bound of consumer parallelism; a stream always lands on one partition. Default 3. */
  partitions?: number;
  /** Default 1 (single-broker deployments); use 3 on a real cluster. */
  replicationFactor?: number;
}

/**
 * Creates the topics that do not exist yet (existing ones are left as they are). Relying on broker
 * auto-creation would give topics the broker's defaults, which differ between environments.
 */
export async function ensureTopics(kafka: Kafka, topics: TopicSpec[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter(({ topic }) => !existing.has(topic));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map(({ topic, partitions = 3, replicationFactor = 1 }) => ({
        topic,
        numPartitions: partitions,
        replicationFactor,
      })),
    });
  } finally {
    await admin.disconnect();
  }
}
