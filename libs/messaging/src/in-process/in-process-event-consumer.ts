import { eventsTopic, toEnvelope } from '@par/contracts';
import type { EventStore, RecordedEvent, Subscription } from '@par/event-store';
import type { Pool } from 'pg';
import type { EventConsumer } from '../consumer/event-consumer';
import { type Delivery, IdempotentConsumer, IdempotentConsumerOptions } from '../consumer/idempotent-consumer';
import { envelopeMessage } from '../envelope-message';
import { backoffDelay, BackoffOptions } from '../runtime/backoff';
import { WakeableSleep } from '../runtime/wakeable-sleep';
import { ConsumerCheckpoints } from './consumer-checkpoints';
import { TableDeadLetters } from './table-dead-letters';

export interface InProcessEventConsumerOptions extends Pick<IdempotentConsumerOptions, 'maxAttempts' | 'retry'> {
  consumer: EventConsumer;
  /**
   * The source service's log, read directly through a catch-up subscription. Its store upcasts (built with
   * the log's registry, e.g. submissionsUpcasters): the consumer hands on the events as the store delivers them.
   */
  source: { service: string; store: EventStore };
  /** The consuming service's database and schema (see migrateConsumerTables). */
  pool: Pool;
  schema: string;
  batchSize?: number;
  pollIntervalMs?: number;
  /** Delay before resubscribing after a failure, default 100 ms doubling to 10 s. */
  restart?: Partial<BackoffOptions>;
  /** Told about every failure that made the subscription restart; default: console.error. */
  onError?: (error: unknown) => void;
}

/**
 * The embedded transport: the same EventConsumer fed straight from the source service's EventStore,
 * no Kafka. The checkpoint commits with each event's effect, so a restart resumes exactly where the
 * last committed event left off; the processed-event marks still guard against any redelivery.
 */
export class InProcessEventConsumer {
  private readonly core: IdempotentConsumer;
  private readonly checkpoints: ConsumerCheckpoints;
  private readonly topic: string;
  private readonly sleeper = new WakeableSleep();
  private readonly restart: BackoffOptions;
  private subscription: Subscription | null = null;
  private supervisor: Promise<void> | null = null;
  /** Settles the current subscription's end promise: with its error, or with nothing on stop(). */
  private endSubscription: (error?: unknown) => void = () => undefined;
  private stopping = false;
  /** Whether the current subscription delivered anything: a restart that made progress resets the backoff. */
  private progressed = false;

  constructor(private readonly options: InProcessEventConsumerOptions) {
    this.core = new IdempotentConsumer({ ...options, deadLetters: new TableDeadLetters(options.schema) });
    this.checkpoints = new ConsumerCheckpoints(options.pool, options.schema);
    // Dead letters and logs name the log as its Kafka topic would be: one vocabulary in both modes.
    this.topic = eventsTopic(options.source.service);
    this.restart = { initialDelayMs: 100, maxDelayMs: 10_000, ...options.restart };
  }

  /** Resolves once subscribed; a failure to subscribe is thrown here, later failures are retried. */
  async start(): Promise<void> {
    if (this.supervisor) throw new Error(`Consumer ${this.core.name} is already running`);
    this.stopping = false;
    const { ended } = await this.subscribe();
    this.supervisor = this.supervise(ended);
  }

  /** Resolves after the event in flight (if any) has committed or rolled back. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.sleeper.wakeAll();
    await this.subscription?.stop();
    this.endSubscription();
    await this.supervisor;
    this.supervisor = null;
  }

  /** Resolves once every event committed to the source before the call has been handled. */
  async caughtUp(): Promise<void> {
    await this.subscription?.caughtUp();
  }

  /** Resubscribes from the stored checkpoint each time the subscription fails, until stopped. */
  private async supervise(ended: Promise<unknown>): Promise<void> {
    for (let failures = 1; ; failures += 1) {
      const error = await ended;
      if (this.stopping) return;
      if (this.progressed) failures = 1;
      (this.options.onError ?? console.error)(error);
      await this.subscription?.stop();
      await this.sleeper.sleep(backoffDelay(failures, this.restart));
      if (this.stopping) return;
      try {
        ({ ended } = await this.subscribe());
      } catch (subscribeError) {
        ended = Promise.resolve(subscribeError);
      }
      // stop() may have come while we were subscribing, too late to stop this subscription itself.
      if (this.stopping) return this.subscription?.stop();
    }
  }

  /** Subscribes after the stored checkpoint; `ended` settles when that subscription ends. */
  private async subscribe(): Promise<{ ended: Promise<unknown> }> {
    const { service, store } = this.options.source;
    this.progressed = false;
    const after = (await this.checkpoints.load(this.core.name, service)) ?? undefined;
    const ended = new Promise<unknown>((resolve) => (this.endSubscription = resolve));
    this.subscription = store.subscribe({
      after,
      batchSize: this.options.batchSize,
      pollIntervalMs: this.options.pollIntervalMs,
      handler: (event) => this.deliver(event),
      // A batch read commits as one transaction: an import's thousands of events, not thousands of commits.
      handleBatch: (events) => this.deliverBatch(events),
      onError: (error) => this.endSubscription(error),
    });
    return { ended };
  }

  private async deliver(event: RecordedEvent): Promise<void> {
    await this.core.process(this.delivery(event));
    this.progressed = true;
  }

  private async deliverBatch(events: readonly RecordedEvent[]): Promise<void> {
    await this.core.processBatch(events.map((event) => this.delivery(event)));
    this.progressed = true;
  }

  /** The event as the consumer gets it, its checkpoint saved with its effect. */
  private delivery(event: RecordedEvent): Delivery {
    const { service } = this.options.source;
    const envelope = toEnvelope(event, service);
    return {
      envelope,
      message: { topic: this.topic, partition: null, offset: null, ...envelopeMessage(envelope) },
      alsoInTransaction: (tx) => this.checkpoints.save(tx, this.core.name, service, event.globalPosition),
    };
  }
}
