import { eventsTopic, toEnvelope } from '@par/contracts';
import { EventStore, GlobalPosition, START } from '@par/event-store';
import type { Pool } from 'pg';
import { envelopeMessage } from '../envelope-message';
import type { MessagePublisher } from '../port/message-publisher';
import { backoffDelay, BackoffOptions } from '../runtime/backoff';
import { WakeableSleep } from '../runtime/wakeable-sleep';
import { RelayCheckpoints } from './relay-checkpoints';

export interface EventLogRelayOptions {
  store: EventStore;
  /** The service whose log this is: names the topic (par.<service>.events.v1) and the envelopes' source. */
  service: string;
  publisher: MessagePublisher;
  /** The service's database and schema, where `relay_checkpoints` lives (see migrateRelayTables). */
  pool: Pool;
  schema: string;
  /** Events read and published per round trip, default 500. */
  batchSize?: number;
  /** Wait before reading again once caught up, default 100 ms. */
  pollIntervalMs?: number;
  /** Delay between attempts after a failure, default 100 ms doubling to 10 s. */
  retry?: Partial<BackoffOptions>;
  /** Told about every failed attempt (the relay keeps retrying); default: console.error. */
  onError?: (error: unknown) => void;
}

/**
 * Publishes a service's event log, in global order, to its Kafka topic. At-least-once: the checkpoint
 * is saved only after the broker acknowledged a batch, so a crash in between republishes that batch and
 * consumers drop the duplicates by event id.
 */
export class EventLogRelay {
  readonly topic: string;
  private readonly checkpoints: RelayCheckpoints;
  private readonly sleeper = new WakeableSleep();
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly retry: BackoffOptions;
  private position: GlobalPosition = START;
  private loop: Promise<void> | null = null;
  private stopping = false;

  constructor(private readonly options: EventLogRelayOptions) {
    this.topic = eventsTopic(options.service);
    this.checkpoints = new RelayCheckpoints(options.pool, options.schema);
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.retry = { initialDelayMs: 100, maxDelayMs: 10_000, ...options.retry };
  }

  /** The position of the last event the broker acknowledged (and the checkpoint table holds). */
  get checkpoint(): GlobalPosition {
    return this.position;
  }

  async start(): Promise<void> {
    if (this.loop) throw new Error(`Relay for ${this.topic} is already running`);
    this.position = (await this.checkpoints.load(this.topic)) ?? START;
    this.stopping = false;
    this.loop = this.run();
  }

  /** Resolves once the batch in flight (if any) has been acknowledged and checkpointed, or has failed. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.sleeper.wakeAll();
    await this.loop;
    this.loop = null;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      try {
        const relayed = await this.relayNextBatch();
        failures = 0;
        if (relayed < this.batchSize) await this.sleeper.sleep(this.pollIntervalMs);
      } catch (error) {
        failures += 1;
        (this.options.onError ?? console.error)(error);
        await this.sleeper.sleep(backoffDelay(failures, this.retry));
      }
    }
  }

  private async relayNextBatch(): Promise<number> {
    const events = await this.options.store.readAll({ after: this.position, limit: this.batchSize });
    if (events.length === 0) return 0;
    const messages = events.map((event) => envelopeMessage(toEnvelope(event, this.options.service)));
    await this.options.publisher.publish(this.topic, messages);
    const last = events[events.length - 1].globalPosition;
    await this.checkpoints.save(this.topic, last);
    this.position = last;
    return events.length;
  }
}
