import { deadLetterTopic, DEAD_LETTER_HEADERS, EVENT_HEADERS, eventsTopic, UpcasterRegistry } from '@par/contracts';
import { PostgresEventStore } from '@par/event-store';
import { deleteTopics } from '@par/testing';
import type { Admin, Kafka } from 'kafkajs';
import type { Pool } from 'pg';
import { migrateConsumerTables } from '../consumer/consumer-tables';
import type { EventConsumer } from '../consumer/event-consumer';
import { ensureTopics } from '../kafka/ensure-topics';
import { KafkaPublisher } from '../kafka/kafka-publisher';
import { KafkaSubscriber } from '../kafka/kafka-subscriber';
import type { IncomingMessage } from '../port/message-subscriber';
import { EventLogRelay } from '../relay/event-log-relay';
import { migrateRelayTables } from '../relay/relay-checkpoints';
import { TopicEventConsumer } from '../topic-transport/topic-event-consumer';
import { TappedPublisher } from './tapped-publisher';
import type { DeadLetterView, TransportHarness } from './transport-harness';
import { uniqueName } from './unique-name';
import { waitFor } from './wait-for';

const RELAY_BATCH = 50;
const RELAY_DIES_AFTER_BATCHES = 3;

/** Distributed mode: source log → EventLogRelay → Kafka topic → TopicEventConsumer. */
export class KafkaTransportHarness implements TransportHarness {
  /** Failures the components reported and retried; for diagnosis only. */
  readonly errors: unknown[] = [];
  private relay: EventLogRelay | null = null;
  private relayPublisher: TappedPublisher | null = null;
  private consumer: TopicEventConsumer | null = null;
  private consumerDefinition: EventConsumer | null = null;
  private upcasters: UpcasterRegistry | undefined;
  private groupId = '';
  private readonly dlqPublisher: KafkaPublisher;

  private constructor(
    private readonly kafka: Kafka,
    readonly pool: Pool,
    readonly store: PostgresEventStore,
    private readonly service: string,
    readonly schema: string,
  ) {
    this.dlqPublisher = new KafkaPublisher(kafka);
  }

  static async create(kafka: Kafka, pool: Pool): Promise<KafkaTransportHarness> {
    const service = uniqueName('svc');
    const store = new PostgresEventStore(pool, uniqueName('src_'));
    const schema = uniqueName('rm_');
    await store.migrate();
    await migrateRelayTables(pool, store.schema);
    await migrateConsumerTables(pool, schema);
    const topic = eventsTopic(service);
    await ensureTopics(kafka, [
      { topic, partitions: 3 },
      { topic: deadLetterTopic(topic), partitions: 1 },
    ]);
    return new KafkaTransportHarness(kafka, pool, store, service, schema);
  }

  get topic(): string {
    return eventsTopic(this.service);
  }

  async start(consumer: EventConsumer, upcasters?: UpcasterRegistry): Promise<void> {
    this.consumerDefinition = consumer;
    this.upcasters = upcasters;
    this.groupId = uniqueName(`${consumer.name}-`);
    await this.startRelay(new TappedPublisher(new KafkaPublisher(this.kafka), RELAY_DIES_AFTER_BATCHES));
    await this.startConsumer();
  }

  /** The relay dies after its 3rd batch was acknowledged but before the checkpoint; a new one must republish it. */
  async crashCarrier(): Promise<void> {
    const crashed = this.relayPublisher!;
    await waitFor('the relay to die', () => crashed.dead, { timeoutMs: 30_000 });
    await this.relay!.stop();
    await crashed.close();
    const successor = new TappedPublisher(new KafkaPublisher(this.kafka));
    await this.startRelay(successor);
    await waitFor('the new relay to publish', () => successor.batches.length > 0, { timeoutMs: 30_000 });
    const lostCheckpoint = crashed.batches[RELAY_DIES_AFTER_BATCHES - 1];
    if (successor.batches[0][0] !== lostCheckpoint[0]) {
      throw new Error(`expected the new relay to republish the unacknowledged batch starting at ${lostCheckpoint[0]}`);
    }
  }

  async restartConsumerFromScratch(): Promise<void> {
    await this.consumer!.stop();
    await this.withAdmin((admin) => admin.resetOffsets({ groupId: this.groupId, topic: this.topic, earliest: true }));
    await this.startConsumer();
  }

  async drained(): Promise<void> {
    await waitFor('the relay to catch up', async () => (await this.store.readAll({ after: this.relay!.checkpoint, limit: 1 })).length === 0);
    await waitFor('the consumer group to commit up to the end of the topic', () => this.groupLag().then((lag) => lag === 0));
  }

  async deadLetters(count: number): Promise<DeadLetterView[]> {
    const dlq = deadLetterTopic(this.topic);
    let total = 0;
    await waitFor(`${count} dead letters`, async () => (total = await this.endOffsetSum(dlq)) >= count, { timeoutMs: 30_000 });
    if (total === 0) return [];
    const received: IncomingMessage[] = [];
    const reader = new KafkaSubscriber(this.kafka, { groupId: uniqueName('dlq-reader-') });
    await reader.start({ topics: [dlq], handler: async (message) => void received.push(message) });
    try {
      await waitFor('the dead letters to be read', () => received.length >= total, { timeoutMs: 30_000 });
    } finally {
      await reader.stop();
    }
    return received.map(({ headers }) => ({
      eventId: headers[EVENT_HEADERS.eventId] ?? null,
      error: headers[DEAD_LETTER_HEADERS.error],
      attempts: Number(headers[DEAD_LETTER_HEADERS.attempts]),
      consumer: headers[DEAD_LETTER_HEADERS.consumer],
    }));
  }

  async close(): Promise<void> {
    await this.consumer?.stop();
    await this.relay?.stop();
    await this.relayPublisher?.close();
    await this.dlqPublisher.close();
    this.consumer = null;
    this.relay = null;
    this.relayPublisher = null;
    await this.withAdmin((admin) => deleteTopics(admin, [this.topic, deadLetterTopic(this.topic)])).catch(() => undefined);
  }

  private async startRelay(publisher: TappedPublisher): Promise<void> {
    this.relayPublisher = publisher;
    this.relay = new EventLogRelay({
      store: this.store,
      service: this.service,
      publisher,
      pool: this.pool,
      schema: this.store.schema,
      batchSize: RELAY_BATCH,
      pollIntervalMs: 20,
      retry: { initialDelayMs: 20, maxDelayMs: 200 },
      onError: (error) => this.errors.push(error),
    });
    await this.relay.start();
  }

  private async startConsumer(): Promise<void> {
    this.consumer = new TopicEventConsumer({
      consumer: this.consumerDefinition!,
      upcasters: this.upcasters,
      topics: [this.topic],
      subscriber: new KafkaSubscriber(this.kafka, { groupId: this.groupId, partitionsConsumedConcurrently: 3 }),
      publisher: this.dlqPublisher,
      pool: this.pool,
      schema: this.schema,
      retry: { initialDelayMs: 10, maxDelayMs: 50 },
      redelivery: { initialDelayMs: 20, maxDelayMs: 200 },
      onError: (error) => this.errors.push(error),
    });
    await this.consumer.start();
  }

  private groupLag(): Promise<number> {
    return this.withAdmin(async (admin) => {
      const [committed] = await admin.fetchOffsets({ groupId: this.groupId, topics: [this.topic] });
      const ends = await admin.fetchTopicOffsets(this.topic);
      return ends.reduce((lag, { partition, high }) => {
        const at = committed.partitions.find((p) => p.partition === partition)?.offset ?? '-1';
        return lag + Number(high) - Math.max(Number(at), 0);
      }, 0);
    });
  }

  private endOffsetSum(topic: string): Promise<number> {
    return this.withAdmin(async (admin) => (await admin.fetchTopicOffsets(topic)).reduce((sum, { high, low }) => sum + Number(high) - Number(low), 0));
  }

  private async withAdmin<T>(work: (admin: Admin) => Promise<T>): Promise<T> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return await work(admin);
    } finally {
      await admin.disconnect();
    }
  }
}
