import { Consumer, IHeaders, Kafka } from 'kafkajs';
import type { IncomingMessage, MessageHandler, MessageSubscriber, SubscribeOptions } from '../port/message-subscriber';

export interface KafkaSubscriberOptions {
  groupId: string;
  /**
   * Partitions handled at once, default 3. kafkajs handles one partition at a time unless told
   * otherwise; each partition still sees its messages one by one, in order.
   */
  partitionsConsumedConcurrently?: number;
  /** Default 30 s: a member silent for this long is dropped from the group. */
  sessionTimeoutMs?: number;
  /** Default 3 s. */
  heartbeatIntervalMs?: number;
  /**
   * Longest a fetch waits on the broker for new messages, default 1 s. Also bounds how long stop()
   * waits for the fetch in flight (kafkajs's default of 5 s makes every restart slow).
   */
  maxWaitTimeMs?: number;
  /** Told when the consumer crashed for good (kafkajs restarts it after retriable failures by itself); default console.error. */
  onError?: (error: unknown) => void;
}

/** MessageSubscriber on a kafkajs consumer group, committing offsets only for handled messages. */
export class KafkaSubscriber implements MessageSubscriber {
  private consumer: Consumer | null = null;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: KafkaSubscriberOptions,
  ) {}

  async start({ topics, handler, fromBeginning = true }: SubscribeOptions): Promise<void> {
    if (this.consumer) throw new Error(`Subscriber ${this.options.groupId} is already started`);
    const heartbeatIntervalMs = this.options.heartbeatIntervalMs ?? 3_000;
    const consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      sessionTimeout: this.options.sessionTimeoutMs ?? 30_000,
      heartbeatInterval: heartbeatIntervalMs,
      maxWaitTimeInMs: this.options.maxWaitTimeMs ?? 1_000,
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart) (this.options.onError ?? console.error)(payload.error);
    });
    this.consumer = consumer;
    try {
      await consumer.connect();
      await consumer.subscribe({ topics, fromBeginning });
      await this.run(consumer, handler, heartbeatIntervalMs);
    } catch (error) {
      await this.stop();
      throw error;
    }
  }

  async stop(): Promise<void> {
    const consumer = this.consumer;
    this.consumer = null;
    await consumer?.disconnect();
  }

  private run(consumer: Consumer, handler: MessageHandler, heartbeatIntervalMs: number): Promise<void> {
    return consumer.run({
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      // With eachMessage and autoCommit, kafkajs resolves an offset only after the handler resolved and
      // commits resolved offsets after each batch, on rebalance and on disconnect.
      autoCommit: true,
      eachMessage: async ({ topic, partition, message, heartbeat }) => {
        const incoming: IncomingMessage = {
          topic,
          partition,
          offset: message.offset,
          key: message.key,
          value: message.value,
          headers: textHeaders(message.headers),
        };
        await whileBeating(heartbeat, heartbeatIntervalMs, () => handler(incoming));
      },
    });
  }
}

/**
 * kafkajs heartbeats only between messages, so a handler slower than the session timeout (retries with
 * backoff, a slow database) gets its member evicted and the partition rebalanced mid-message. Beat
 * while the handler runs. A failed beat (rebalance in progress) is left for kafkajs to see at its own
 * heartbeat after the message.
 */
async function whileBeating<T>(heartbeat: () => Promise<void>, intervalMs: number, work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => heartbeat().catch(() => undefined), intervalMs);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

function textHeaders(headers: IHeaders | undefined): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    // A repeated header keeps its last value: ours are never repeated.
    const last = Array.isArray(value) ? value[value.length - 1] : value;
    if (last !== undefined) text[name] = last.toString();
  }
  return text;
}
