import { EVENT_HEADERS } from '@par/contracts';
import type { Kafka } from 'kafkajs';

/**
 * When the relay published each event: the timestamp of its message on the run's appraisal topic (CreateTime,
 * set by the relay's kafkajs producer at send). Read after a phase, not during it, so the bench adds no
 * consumer while it measures; the tap's group remembers where the previous read stopped.
 */
export class TopicTap {
  private readonly publishedAt = new Map<string, number>();

  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
    private readonly groupId: string,
  ) {}

  /** Reads the topic up to its current end; resolves to every publish time read so far, by event id. */
  async catchUp(): Promise<ReadonlyMap<string, number>> {
    const admin = this.kafka.admin();
    await admin.connect();
    let ends: Map<number, bigint>;
    try {
      ends = new Map((await admin.fetchTopicOffsets(this.topic)).map(({ partition, high }) => [partition, BigInt(high)]));
      const [committed] = await admin.fetchOffsets({ groupId: this.groupId, topics: [this.topic] });
      for (const { partition, offset } of committed?.partitions ?? []) if (BigInt(offset) >= (ends.get(partition) ?? 0n)) ends.delete(partition);
    } finally {
      await admin.disconnect();
    }
    for (const [partition, high] of ends) if (high === 0n) ends.delete(partition);
    if (ends.size === 0) return this.publishedAt;
    const consumer = this.kafka.consumer({ groupId: this.groupId, maxWaitTimeInMs: 100 });
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [this.topic], fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        consumer
          .run({
            eachBatch: async ({ batch, resolveOffset }) => {
              for (const message of batch.messages) {
                const eventId = message.headers?.[EVENT_HEADERS.eventId]?.toString();
                if (eventId) this.publishedAt.set(eventId, Number(message.timestamp));
                resolveOffset(message.offset);
                if (BigInt(message.offset) + 1n >= (ends.get(batch.partition) ?? 0n)) ends.delete(batch.partition);
              }
              if (ends.size === 0) resolve();
            },
          })
          .catch(reject);
      });
    } finally {
      await consumer.disconnect();
    }
    return this.publishedAt;
  }
}
