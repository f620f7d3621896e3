import type { EventEnvelope } from '@par/contracts';
import type { PoolClient } from 'pg';

/**
 * Applies one event to a read model. `tx` is an open transaction of the consuming service's database:
 * write through it only, so the change commits together with the "processed" mark (exactly-once
 * effects), or not at all. Throwing rolls everything back; the event is retried, then dead-lettered.
 */
export type EventHandler = (envelope: EventEnvelope, tx: PoolClient) => Promise<void>;

export interface EventConsumer {
  /**
   * Stable name: the key of the consumer's processed-event marks and checkpoints, and its Kafka group
   * id. Renaming it replays everything.
   */
  name: string;
  handle: EventHandler;
  /**
   * Optional: consecutive events in order, in one transaction, with exactly the effect of `handle` on
   * each (an import's thousands of self scores as a few multi-row statements). Used by the in-process
   * transport's batches; `handle` remains the rule.
   */
  handleBatch?: (envelopes: readonly EventEnvelope[], tx: PoolClient) => Promise<void>;
  /**
   * Optional, for LogReplay: handleBatch in two steps, so that the work that needs no database (parsing,
   * gathering rows) is done while the previous batch is still being written. The function it resolves to
   * writes through the transaction; together they have exactly the effect of handleBatch.
   */
  prepareBatch?: (envelopes: readonly EventEnvelope[]) => Promise<(tx: PoolClient) => Promise<void>>;
}
