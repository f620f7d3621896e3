/**
 * @event-driven-io/emmett-postgresql 0.42.0 through its public API, as an application would use it.
 *
 * Append: `eventStore.appendToStream(stream, events, { expectedStreamVersion })`. Per call Emmett
 * runs BEGIN; SELECT emt_append_to_stream(...); COMMIT, i.e. three round trips and one commit.
 *
 * Read all: Emmett's event store object has no "read all" method; its global read is
 * `readMessagesBatch(execute, { after, batchSize })`, exported from the package root, the primitive
 * its consumers poll with (ORDER BY transaction_id, global_position, like ours). We call it directly
 * rather than through `eventStore.consumer()` + a reactor because the reactor stores a checkpoint
 * after every message (a round trip per event), which would measure checkpointing, not reading.
 * `readMessagesBatch` needs a dumbo executor; dumbo is Emmett's own connection layer (a dependency
 * of emmett-postgresql) and we wrap our pg.Pool with it so append and read share one pool.
 */
import { dumbo } from '@event-driven-io/dumbo';
import type { Event } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore, readMessagesBatch, type PostgresEventStore } from '@event-driven-io/emmett-postgresql';
import { Pool } from 'pg';
import { warmPool } from './database';
import type { LogReader, StoreAdapter, StoreSession } from './store';
import type { BenchEvent, BenchEventMetadata, CriterionSelfAssessed } from './workload';

type CriterionSelfAssessedEvent = Event<'CriterionSelfAssessed', CriterionSelfAssessed, BenchEventMetadata>;

class EmmettSession implements StoreSession {
  constructor(
    private readonly pool: Pool,
    private readonly db: ReturnType<typeof dumbo>,
    private readonly eventStore: PostgresEventStore,
    readonly backendPids: readonly number[],
  ) {}

  async append(streamId: string, events: readonly BenchEvent[], expectedVersion: number): Promise<number> {
    const emmettEvents = events.map((e): CriterionSelfAssessedEvent => ({ type: 'CriterionSelfAssessed', data: e.data, metadata: e.metadata }));
    // expectedStreamVersion 0n makes Emmett INSERT the stream row (fails if it exists): the same
    // "must not exist yet" semantics as our expectedVersion 0.
    const result = await this.eventStore.appendToStream<CriterionSelfAssessedEvent>(streamId, emmettEvents, {
      expectedStreamVersion: BigInt(expectedVersion),
    });
    return Number(result.nextExpectedStreamVersion);
  }

  reader(pageSize: number): LogReader {
    let after = 0n;
    let ended = false;
    return {
      read: async (limit) => {
        let read = 0;
        while (!ended && read < limit) {
          const batch = await readMessagesBatch(this.db.execute, { after, batchSize: pageSize });
          read += batch.messages.length;
          ended = batch.messages.length === 0 || !batch.areMessagesLeft;
          if (!ended) after = batch.currentGlobalPosition;
        }
        return read;
      },
    };
  }

  async close(): Promise<void> {
    await this.eventStore.close();
    await this.db.close();
    await this.pool.end();
  }
}

export const emmettStore: StoreAdapter = {
  name: 'emmett',
  readMethod: 'readMessagesBatch(execute, { after, batchSize }) pages (the global read its consumers poll; ORDER BY transaction_id, global_position)',
  async open(connectionString, poolSize) {
    const pool = new Pool({ connectionString, max: poolSize, idleTimeoutMillis: 0 });
    const db = dumbo({ connectionString, pool });
    const eventStore = getPostgreSQLEventStore(connectionString, { connectionOptions: { dumbo: db } });
    // Emmett would otherwise migrate lazily inside the first (timed) append.
    await eventStore.schema.migrate();
    return new EmmettSession(pool, db, eventStore, await warmPool(pool, poolSize));
  },
};
