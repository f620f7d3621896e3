import type { EventEnvelope, UpcasterRegistry } from '@par/contracts';
import { escapeIdentifier, Pool, PoolClient } from 'pg';
import { inTransaction, TransactionAbortedError } from '@par/event-store';
import { backoffDelay, BackoffOptions } from '../runtime/backoff';
import type { DeadLetter, DeadLetterSink } from './dead-letter';
import type { EventConsumer } from './event-consumer';
import { isTransient } from './transient-errors';

export interface IdempotentConsumerOptions {
  consumer: EventConsumer;
  /** The consuming service's database and schema (see migrateConsumerTables). */
  pool: Pool;
  schema: string;
  deadLetters: DeadLetterSink;
  /**
   * The registry of the log the events come from (e.g. appraisalUpcasters): the handler gets each event
   * at its type's current schema version. A step that throws fails the event like its handler would.
   */
  upcasters?: UpcasterRegistry;
  /** Handler attempts before an event is dead-lettered, default 3. */
  maxAttempts?: number;
  /** Delay between attempts, default 50 ms doubling to 1 s: short, the partition waits meanwhile. */
  retry?: Partial<BackoffOptions>;
}

/** One delivery of an event, whatever the transport. */
export interface Delivery {
  envelope: EventEnvelope;
  /** The message as it travelled, kept verbatim in a dead letter. */
  message: Pick<DeadLetter, 'topic' | 'partition' | 'offset' | 'key' | 'value' | 'headers'>;
  /** Extra work committed atomically with the mark, e.g. the in-process transport's checkpoint. */
  alsoInTransaction?: (tx: PoolClient) => Promise<void>;
}

export type Outcome = 'applied' | 'duplicate' | 'dead-lettered';

/** The handler's own failure, told apart from failures of the bookkeeping around it. */
class HandlerFailed extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

/**
 * The transport-independent heart of a consumer: applies each event at most once per consumer by
 * marking its id in `processed_events` in the same transaction as the handler's writes, retries a
 * failing handler a few times, then dead-letters the event and marks it processed so it never blocks
 * what follows. Throws only for transient or infrastructure failures: the transport must redeliver.
 */
export class IdempotentConsumer {
  private readonly processed: string;
  private readonly maxAttempts: number;
  private readonly retry: BackoffOptions;

  constructor(private readonly options: IdempotentConsumerOptions) {
    this.processed = `${escapeIdentifier(options.schema)}.processed_events`;
    this.maxAttempts = options.maxAttempts ?? 3;
    this.retry = { initialDelayMs: 50, maxDelayMs: 1_000, ...options.retry };
  }

  get name(): string {
    return this.options.consumer.name;
  }

  async process(delivery: Delivery): Promise<Outcome> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.apply(delivery);
      } catch (caught) {
        // A handler that swallowed a database error leaves an aborted transaction: its failure too.
        const error = caught instanceof TransactionAbortedError ? new HandlerFailed(caught) : caught;
        if (!(error instanceof HandlerFailed) || isTransient(error.reason)) throw unwrap(error);
        if (attempt >= this.maxAttempts) {
          const { envelope, message, alsoInTransaction } = delivery;
          const letter = { ...message, eventId: envelope.eventId, error: describe(error.reason), attempts: attempt };
          return this.deadLetter(envelope.eventId, letter, alsoInTransaction);
        }
        await sleep(backoffDelay(attempt, this.retry));
      }
    }
  }

  /**
   * A batch of consecutive deliveries in one transaction: every mark at once, each fresh event handled
   * in order, then the last delivery's extra work (the in-process checkpoint), one commit. A handler that
   * fails rolls the batch back, and the batch is applied one delivery at a time (process), so only the
   * failing event is retried and, at worst, dead-lettered. Duplicates are skipped as by process.
   */
  async processBatch(deliveries: readonly Delivery[]): Promise<void> {
    if (deliveries.length <= 1) {
      for (const delivery of deliveries) await this.process(delivery);
      return;
    }
    try {
      await inTransaction(this.options.pool, async (tx) => {
        const fresh = await this.markAll(
          tx,
          deliveries.map(({ envelope }) => envelope.eventId),
        );
        const { consumer, upcasters } = this.options;
        try {
          // Upcasting inside: a step that throws fails the batch like a handler would (then one by one, dead-lettered).
          const envelopes = deliveries.filter(({ envelope }) => fresh.has(envelope.eventId)).map(({ envelope }) => upcasters?.upcast(envelope) ?? envelope);
          if (consumer.handleBatch) await consumer.handleBatch(envelopes, tx);
          else for (const envelope of envelopes) await consumer.handle(envelope, tx);
        } catch (error) {
          throw new HandlerFailed(error);
        }
        await deliveries[deliveries.length - 1].alsoInTransaction?.(tx);
      });
    } catch (caught) {
      const error = caught instanceof TransactionAbortedError ? new HandlerFailed(caught) : caught;
      if (!(error instanceof HandlerFailed) || isTransient(error.reason)) throw unwrap(error);
      for (const delivery of deliveries) await this.process(delivery);
    }
  }

  /**
   * Parks a message without running the handler (e.g. not a valid envelope) and marks it under
   * `markId`. Returns 'duplicate' if it had already been marked.
   */
  deadLetter(markId: string, letter: Omit<DeadLetter, 'consumer'>, alsoInTransaction?: (tx: PoolClient) => Promise<void>): Promise<Outcome> {
    return inTransaction(this.options.pool, async (tx) => {
      if (!(await this.mark(tx, markId))) return 'duplicate';
      await this.options.deadLetters.send({ ...letter, consumer: this.name }, tx);
      await alsoInTransaction?.(tx);
      return 'dead-lettered';
    });
  }

  private apply({ envelope, alsoInTransaction }: Delivery): Promise<Outcome> {
    return inTransaction(this.options.pool, async (tx) => {
      const fresh = await this.mark(tx, envelope.eventId);
      if (fresh) {
        try {
          await this.options.consumer.handle(this.options.upcasters?.upcast(envelope) ?? envelope, tx);
        } catch (error) {
          throw new HandlerFailed(error);
        }
      }
      await alsoInTransaction?.(tx);
      return fresh ? 'applied' : 'duplicate';
    });
  }

  /**
   * Marks first, handles second: a concurrent duplicate (e.g. the old owner of a partition during a
   * rebalance) blocks on the uncommitted mark and then sees it, instead of applying twice.
   */
  private async markAll(tx: PoolClient, ids: readonly string[]): Promise<Set<string>> {
    const { rows } = await tx.query<{ event_id: string }>(
      `INSERT INTO ${this.processed} (consumer, event_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING RETURNING event_id`,
      [this.name, ids],
    );
    return new Set(rows.map((row) => row.event_id));
  }

  private async mark(tx: PoolClient, id: string): Promise<boolean> {
    const { rowCount } = await tx.query(`INSERT INTO ${this.processed} (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [this.name, id]);
    return rowCount === 1;
  }
}

function unwrap(error: unknown): unknown {
  return error instanceof HandlerFailed ? error.reason : error;
}

function describe(reason: unknown): string {
  return reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
