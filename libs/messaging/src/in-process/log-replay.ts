import { eventsTopic, toEnvelope } from '@par/contracts';
import { type EventStore, type GlobalPosition, inTransaction, type RecordedEvent, TransactionAbortedError } from '@par/event-store';
import type { Pool, PoolClient } from 'pg';
import type { EventConsumer } from '../consumer/event-consumer';
import { type Delivery, IdempotentConsumer } from '../consumer/idempotent-consumer';
import { isTransient } from '../consumer/transient-errors';
import { envelopeMessage } from '../envelope-message';
import { ConsumerCheckpoints } from './consumer-checkpoints';
import { TableDeadLetters } from './table-dead-letters';

export interface LogReplayOptions {
  /** Its prepareBatch, handleBatch or handle (in that preference) applies each batch; its name keys the checkpoint. */
  consumer: EventConsumer;
  /** The source log, read as InProcessEventConsumer reads it (the store upcasts). */
  source: { service: string; store: EventStore };
  /** The consuming service's database and schema (see migrateConsumerTables). */
  pool: Pool;
  schema: string;
  /** Events per read and per transaction, default 2,000. */
  batchSize?: number;
  /** After each committed batch: the events it held. */
  onBatch?: (events: number) => void;
  /** Asked before each batch: true ends the replay after the last committed one (run again to go on). */
  shouldStop?: () => boolean;
}

export interface LogReplayResult {
  events: number;
  batches: number;
  /** True when shouldStop ended it before the end of the log. */
  stopped: boolean;
}

/** A batch's writes, prepared ahead; or the handler's failure to prepare them. */
type Plan = { write: (tx: PoolClient) => Promise<void> } | { failed: unknown };

/**
 * Where a batch lies in the log: after `after` (null: the start), `count` events up to `last`. Only this is
 * kept while the batch is written: its events are let go once prepared, and read again should the batch fail.
 */
interface Span {
  readonly after: GlobalPosition | null;
  readonly last: GlobalPosition;
  readonly count: number;
}

/**
 * Each batch's transaction does not wait for its commit to reach the disk: a crash may lose the last
 * commits, checkpoints with them, and the replay then applies those batches again. The rebuild's end is
 * recorded durably, and with it everything before.
 */
const BEGIN = 'BEGIN; SET LOCAL synchronous_commit TO off';

/**
 * A consumer brought up to the end of its source log fast, for a read model rebuilt from scratch: large
 * batches, each in one transaction with the consumer's checkpoint (the one InProcessEventConsumer resumes
 * from). Three batches are under way at once: one read, the next prepared (prepareBatch), the one before
 * written. No processed-event marks: a checkpoint committed with the effects already guarantees each event
 * is applied once — every later delivery, the live consumer's included, starts after it. A batch whose
 * handler fails is rolled back and applied event by event as the live consumer would (marks, retries, dead
 * letters), so a poison event ends as it would live. Run only while no other consumer of the same name runs.
 */
export class LogReplay {
  private readonly checkpoints: ConsumerCheckpoints;
  private readonly batchSize: number;

  constructor(private readonly options: LogReplayOptions) {
    this.checkpoints = new ConsumerCheckpoints(options.pool, options.schema);
    this.batchSize = options.batchSize ?? 2_000;
  }

  /** Where the consumer stands in the log: its committed checkpoint, null at the start. */
  checkpoint(): Promise<GlobalPosition | null> {
    return this.checkpoints.load(this.options.consumer.name, this.options.source.service);
  }

  async run(): Promise<LogReplayResult> {
    const { store } = this.options.source;
    const read = (after: GlobalPosition | null) => store.readAll({ ...(after ? { after } : {}), limit: this.batchSize });
    let at = await this.checkpoint();
    let events = 0;
    let batches = 0;
    const applied = (span: Span) => {
      at = span.last;
      events += span.count;
      batches += 1;
      this.options.onBatch?.(span.count);
    };
    let next = read(at);
    let readAfter = at;
    let writing: Promise<void> | null = null;
    let stopped = false;
    try {
      for (;;) {
        if (this.options.shouldStop?.()) {
          stopped = true;
          break;
        }
        const batch = await next;
        if (batch.length === 0) break;
        // Read ahead: the database answers the next read while this batch is prepared and the last one written.
        next = batch.length === this.batchSize ? read(batch[batch.length - 1].globalPosition) : Promise.resolve([]);
        const span: Span = { after: readAfter, last: batch[batch.length - 1].globalPosition, count: batch.length };
        readAfter = span.last;
        const plan = this.prepare(batch);
        if (writing) await writing;
        writing = this.write(span, plan).then(() => applied(span));
        // Awaited above or below; handled here so that a failure while reading is the one reported.
        writing.catch(() => undefined);
      }
      if (writing) await writing;
    } finally {
      // A read left in flight is not applied; its failure must not surface as an unhandled rejection.
      next.catch(() => undefined);
    }
    if (!stopped) await this.tail(at, applied);
    return { events, batches, stopped };
  }

  /** The handler's own work on a batch, before any database: its failure is the batch's, as handleBatch's would be. */
  private async prepare(batch: readonly RecordedEvent[]): Promise<Plan> {
    const { consumer, source } = this.options;
    const envelopes = batch.map((event) => toEnvelope(event, source.service));
    try {
      if (consumer.prepareBatch) return { write: await consumer.prepareBatch(envelopes) };
    } catch (failed) {
      return { failed };
    }
    return {
      write: async (tx) => {
        if (consumer.handleBatch) await consumer.handleBatch(envelopes, tx);
        else for (const envelope of envelopes) await consumer.handle(envelope, tx);
      },
    };
  }

  private async write(span: Span, prepared: Promise<Plan>): Promise<void> {
    const { consumer, pool, source } = this.options;
    const plan = await prepared;
    try {
      if ('failed' in plan) throw new HandlerFailed(plan.failed);
      await inTransaction(
        pool,
        async (tx) => {
          try {
            await plan.write(tx);
          } catch (error) {
            throw new HandlerFailed(error);
          }
          await this.checkpoints.save(tx, consumer.name, source.service, span.last);
        },
        BEGIN,
      );
    } catch (caught) {
      // As IdempotentConsumer tells them apart: the handler's own failure (a broken contract, a constraint) is
      // the events' business; a lost connection, a deadlock or the bookkeeping failing is not, and is thrown.
      const failure = caught instanceof TransactionAbortedError ? new HandlerFailed(caught) : caught;
      if (!(failure instanceof HandlerFailed) || isTransient(failure.reason)) throw failure instanceof HandlerFailed ? failure.reason : failure;
      const batch = await this.options.source.store.readAll({ ...(span.after ? { after: span.after } : {}), limit: span.count });
      await this.oneByOne(batch);
    }
  }

  /**
   * The reads above stop at the oldest transaction still open on the server (ARCHITECTURE.md: nothing that
   * commits late is skipped). Events committed before the replay began but behind such a transaction are
   * waited for and applied here, as a subscription's caughtUp does.
   */
  private async tail(after: GlobalPosition | null, applied: (span: Span) => void): Promise<void> {
    let previous = after;
    const apply = async (batch: readonly RecordedEvent[]) => {
      const span: Span = { after: previous, last: batch[batch.length - 1].globalPosition, count: batch.length };
      await this.write(span, this.prepare(batch));
      previous = span.last;
      applied(span);
    };
    const subscription = this.options.source.store.subscribe({
      ...(after ? { after } : {}),
      batchSize: this.batchSize,
      pollIntervalMs: 20,
      handler: (event) => apply([event]),
      handleBatch: apply,
      onError: () => undefined, // caughtUp rejects with it
    });
    try {
      await subscription.caughtUp();
    } finally {
      await subscription.stop();
    }
  }

  /** The live consumer's way, event by event: the failing one is retried, then dead-lettered; the rest apply. */
  private async oneByOne(batch: readonly RecordedEvent[]): Promise<void> {
    const { consumer, pool, schema, source } = this.options;
    const live = new IdempotentConsumer({ consumer, pool, schema, deadLetters: new TableDeadLetters(schema) });
    const topic = eventsTopic(source.service);
    for (const event of batch) {
      const envelope = toEnvelope(event, source.service);
      const delivery: Delivery = {
        envelope,
        message: { topic, partition: null, offset: null, ...envelopeMessage(envelope) },
        alsoInTransaction: (tx) => this.checkpoints.save(tx, consumer.name, source.service, event.globalPosition),
      };
      await live.process(delivery);
    }
  }
}

class HandlerFailed extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}
