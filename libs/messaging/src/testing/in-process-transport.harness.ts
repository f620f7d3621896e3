import type { UpcasterRegistry } from '@par/contracts';
import { PostgresEventStore } from '@par/event-store';
import { escapeIdentifier, Pool } from 'pg';
import { migrateConsumerTables } from '../consumer/consumer-tables';
import type { EventConsumer } from '../consumer/event-consumer';
import { InProcessEventConsumer } from '../in-process/in-process-event-consumer';
import type { DeadLetterView, TransportHarness } from './transport-harness';
import { uniqueName } from './unique-name';
import { waitFor } from './wait-for';

/** Embedded mode: source log → catch-up subscription → InProcessEventConsumer, no Kafka. */
export class InProcessTransportHarness implements TransportHarness {
  /** Failures that made the subscription restart; for diagnosis only. */
  readonly errors: unknown[] = [];
  private consumer: InProcessEventConsumer | null = null;
  private consumerDefinition: EventConsumer | null = null;
  /** What the consumer reads: the log itself, or, with upcasters, a reader of it that upcasts (as a service's store does). */
  private source: PostgresEventStore;
  private readonly service = uniqueName('svc');

  private constructor(
    readonly pool: Pool,
    readonly store: PostgresEventStore,
    readonly schema: string,
  ) {
    this.source = store;
  }

  static async create(pool: Pool): Promise<InProcessTransportHarness> {
    const store = new PostgresEventStore(pool, uniqueName('src_'));
    const schema = uniqueName('rm_');
    await store.migrate();
    await migrateConsumerTables(pool, schema);
    return new InProcessTransportHarness(pool, store, schema);
  }

  async start(consumer: EventConsumer, upcasters?: UpcasterRegistry): Promise<void> {
    this.consumerDefinition = consumer;
    // The suite appends and reads through `store` as written; the consumer reads the same schema through the registry.
    this.source = upcasters ? new PostgresEventStore(this.pool, this.store.schema, { upcasters }) : this.store;
    await this.startConsumer();
  }

  /**
   * Nothing sits between log and consumer here: the consumer itself is stopped mid-stream and a new
   * one must resume from the checkpoint committed with the last effect. (Abrupt deaths mid-event are
   * the contract's injected failures: the subscription dies and is resubscribed.)
   */
  async crashCarrier(): Promise<void> {
    await waitFor('150 events processed', async () => (await this.count('processed_events')) >= 150, { timeoutMs: 30_000 });
    await this.consumer!.stop();
    await this.startConsumer();
  }

  async restartConsumerFromScratch(): Promise<void> {
    await this.consumer!.stop();
    await this.pool.query(`DELETE FROM ${this.table('consumer_checkpoints')} WHERE consumer = $1`, [this.consumerDefinition!.name]);
    await this.startConsumer();
  }

  async drained(): Promise<void> {
    await this.consumer!.caughtUp();
  }

  async deadLetters(count: number): Promise<DeadLetterView[]> {
    await waitFor(`${count} dead letters`, async () => (await this.count('dead_letters')) >= count, { timeoutMs: 30_000 });
    const { rows } = await this.pool.query<DeadLetterView>(
      `SELECT event_id AS "eventId", error, attempts, consumer FROM ${this.table('dead_letters')} ORDER BY id`,
    );
    return rows;
  }

  async close(): Promise<void> {
    await this.consumer?.stop();
    this.consumer = null;
  }

  private async startConsumer(): Promise<void> {
    this.consumer = new InProcessEventConsumer({
      consumer: this.consumerDefinition!,
      source: { service: this.service, store: this.source },
      pool: this.pool,
      schema: this.schema,
      batchSize: 50,
      pollIntervalMs: 20,
      retry: { initialDelayMs: 10, maxDelayMs: 50 },
      restart: { initialDelayMs: 20, maxDelayMs: 200 },
      onError: (error) => this.errors.push(error),
    });
    await this.consumer.start();
  }

  private async count(table: string): Promise<number> {
    const { rows } = await this.pool.query<{ count: string }>(`SELECT count(*) FROM ${this.table(table)}`);
    return Number(rows[0].count);
  }

  private table(name: string): string {
    return `${escapeIdentifier(this.schema)}.${name}`;
  }
}
