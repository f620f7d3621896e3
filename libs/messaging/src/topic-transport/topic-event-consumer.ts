import { decodeEnvelope, EventEnvelope, InvalidEnvelopeError } from '@par/contracts';
import type { Pool } from 'pg';
import type { EventConsumer } from '../consumer/event-consumer';
import { IdempotentConsumer, IdempotentConsumerOptions, Outcome } from '../consumer/idempotent-consumer';
import type { MessagePublisher } from '../port/message-publisher';
import type { IncomingMessage, MessageSubscriber } from '../port/message-subscriber';
import { backoffDelay, BackoffOptions } from '../runtime/backoff';
import { WakeableSleep } from '../runtime/wakeable-sleep';
import { TopicDeadLetters } from './topic-dead-letters';

export interface TopicEventConsumerOptions extends Pick<IdempotentConsumerOptions, 'upcasters' | 'maxAttempts' | 'retry'> {
  consumer: EventConsumer;
  /** Event topics to read, all carrying one log (whose registry is `upcasters`), e.g. [eventsTopic('submissions')]. */
  topics: string[];
  /** A subscriber in the consumer's own group (group id = consumer name, by convention). */
  subscriber: MessageSubscriber;
  /** Publishes dead letters to `<topic>.dlq`. */
  publisher: MessagePublisher;
  /** The consuming service's database and schema (see migrateConsumerTables). */
  pool: Pool;
  schema: string;
  /** Delay between redeliveries after an infrastructure failure, default 100 ms doubling to 10 s. */
  redelivery?: Partial<BackoffOptions>;
  /** Told about every infrastructure failure (the message is retried); default: console.error. */
  onError?: (error: unknown) => void;
}

/**
 * The distributed transport: an EventConsumer fed from Kafka topics. Kafka offsets only say where to
 * resume reading; exactly-once effects come from the processed-event marks, so redelivery after a
 * crash or rebalance is harmless.
 */
export class TopicEventConsumer {
  private readonly core: IdempotentConsumer;
  private readonly sleeper = new WakeableSleep();
  private readonly redelivery: BackoffOptions;
  private stopping = false;

  constructor(private readonly options: TopicEventConsumerOptions) {
    this.core = new IdempotentConsumer({ ...options, deadLetters: new TopicDeadLetters(options.publisher) });
    this.redelivery = { initialDelayMs: 100, maxDelayMs: 10_000, ...options.redelivery };
  }

  start(): Promise<void> {
    this.stopping = false;
    return this.options.subscriber.start({
      topics: this.options.topics,
      handler: (message) => this.receive(message),
    });
  }

  /** Resolves after the messages in flight were handled (or abandoned, uncommitted) and the group left. */
  stop(): Promise<void> {
    this.stopping = true;
    this.sleeper.wakeAll();
    return this.options.subscriber.stop();
  }

  /**
   * Poison is settled by the core (dead letter); what still throws is the database or the broker
   * failing. Retrying here, with backoff, keeps the partition's place instead of making kafkajs tear
   * down and rebuild its fetch loop; on stop the message is abandoned uncommitted and comes back later.
   */
  private async receive(message: IncomingMessage): Promise<void> {
    for (let failures = 1; ; failures += 1) {
      try {
        await this.settle(message);
        return;
      } catch (error) {
        if (this.stopping) throw new AbandonedOnStop(message, error);
        (this.options.onError ?? console.error)(error);
        await this.sleeper.sleep(backoffDelay(failures, this.redelivery));
        if (this.stopping) throw new AbandonedOnStop(message, error);
      }
    }
  }

  private async settle(message: IncomingMessage): Promise<Outcome> {
    const origin = {
      topic: message.topic,
      partition: message.partition,
      offset: message.offset,
      key: message.key?.toString('utf8') ?? null,
      value: message.value,
      headers: message.headers,
    };
    let envelope: EventEnvelope;
    try {
      envelope = decodeEnvelope(message.value?.toString('utf8') ?? 'null');
    } catch (error) {
      if (!(error instanceof InvalidEnvelopeError)) throw error;
      // No trustworthy event id: the message's own coordinates are its idempotency key.
      const markId = `kafka:${message.topic}/${message.partition}/${message.offset}`;
      return this.core.deadLetter(markId, { ...origin, eventId: null, error: error.message, attempts: 1 });
    }
    return this.core.process({ envelope, message: origin });
  }
}

/** Thrown into the client on stop so the message's offset is not committed: it is redelivered later. */
class AbandonedOnStop extends Error {
  constructor({ topic, partition, offset }: IncomingMessage, cause: unknown) {
    super(`Stopping: ${topic}/${partition}@${offset} left uncommitted for redelivery`, { cause });
    this.name = 'AbandonedOnStop';
  }
}
