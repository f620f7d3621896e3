import { DatabaseError, Pool, PoolClient } from 'pg';
import { WrongExpectedVersionError } from '../errors';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventStoreOptions,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  Subscription,
  SubscriptionOptions,
  VerifyResult,
} from '../event-store.port';
import { START } from '../event-store.port';
import { prepareEvents, PreparedEvent } from '../prepare-events';
import { appendParameters, type CallerChain } from './append-parameters';
import { CHAIN_FROM_ANOTHER_HEAD_SQLSTATE, WRONG_EXPECTED_VERSION_SQLSTATE } from './append.sql';
import { type AppendedBatchRow, chainFrom, recordedBatch } from './appended-batch';
import type { StagedBatch } from '../staging/staged-event-store';
import { CatchUpSubscription } from './catch-up-subscription';
import { inTransaction } from './in-transaction';
import { migrate } from './migrator';
import { EVENT_ROWS, EventRow, toRecordedEvent } from './row-mapping';
import { quotedSchema } from './schema-name';
import { statementsFor } from './statements';
import { StreamHeads } from './stream-heads';
import { STORE_TYPES } from './timestamptz';
import { verifyChains } from './verify-chains';

/** The EventStore port over one service's schema in PostgreSQL (see ARCHITECTURE.md, "Event store"). */
export class PostgresEventStore implements EventStore {
  private readonly s: string;
  private readonly sql: ReturnType<typeof statementsFor>;
  private readonly subscriptions = new Set<CatchUpSubscription>();
  private readonly heads = new StreamHeads();

  constructor(
    private readonly pool: Pool,
    readonly schema: string,
    private readonly options: EventStoreOptions = {},
  ) {
    this.s = quotedSchema(schema);
    this.sql = statementsFor(schema, this.s);
  }

  /** Creates or upgrades the schema; safe to run on every start, from several processes at once. */
  migrate(): Promise<void> {
    return migrate(this.pool, this.schema);
  }

  async append(streamId: string, events: NewEvent[], { expectedVersion }: AppendOptions): Promise<AppendResult> {
    if (expectedVersion !== 'any' && !(Number.isInteger(expectedVersion) && expectedVersion >= 0)) {
      throw new RangeError(`expectedVersion must be 'any' or an integer >= 0, got ${expectedVersion}`);
    }
    const result = await this.appendBatch(streamId, prepareEvents(streamId, events), expectedVersion);
    this.subscriptions.forEach((subscription) => subscription.wake());
    return result;
  }

  /**
   * Staged batches (see StagedEventStore) of this store and of others on the same pool, in one
   * transaction: every stream at the version it was read at, or nothing at all. Answers the events written.
   */
  static async commit(writes: readonly { readonly store: PostgresEventStore; readonly batches: readonly StagedBatch[] }[]): Promise<number> {
    const pool = writes[0]?.store.pool;
    if (!pool) return 0;
    if (writes.some(({ store }) => store.pool !== pool)) throw new Error('an atomic commit needs every store on one connection pool');
    const written = await inTransaction(pool, async (tx) => {
      let events = 0;
      for (const { store, batches } of writes) {
        for (const batch of batches) {
          if (batch.events.length === 0) continue;
          await store.callAppend(batch.streamId, batch.events, batch.expectedVersion, undefined, tx);
          events += batch.events.length;
        }
      }
      return events;
    });
    writes.forEach(({ store }) => store.subscriptions.forEach((subscription) => subscription.wake()));
    return written;
  }

  async readStream(streamId: string, { fromVersion = 1 }: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<EventRow>({ ...this.sql.readStream, ...EVENT_ROWS, values: [streamId, fromVersion] });
    const last = rows.at(-1);
    if (last !== undefined) this.heads.remember(streamId, last[3], last[9]);
    return rows.map((row) => this.upcast(toRecordedEvent(row)));
  }

  /** The global order, never past a transaction still running (so nothing committed late is skipped). */
  async readAll({ after = START, limit = 1000 }: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const values = [after.transactionId.toString(), after.position.toString(), limit];
    const { rows } = await this.pool.query<EventRow>({ ...this.sql.readAll, ...EVENT_ROWS, values });
    return rows.map((row) => this.upcast(toRecordedEvent(row)));
  }

  subscribe(options: SubscriptionOptions): Subscription {
    const source = {
      readAll: (range: ReadAllOptions) => this.readAll(range),
      horizon: () => this.transactionIdBound(this.sql.horizon),
      frontier: () => this.transactionIdBound(this.sql.frontier),
    };
    const subscription: CatchUpSubscription = new CatchUpSubscription(source, options, () => this.subscriptions.delete(subscription));
    this.subscriptions.add(subscription);
    return subscription;
  }

  verify(): Promise<VerifyResult> {
    return verifyChains(this.pool, this.s);
  }

  /**
   * Chains the batch here when this store knows the head it continues (it read or appended to the stream
   * last: the usual load-decide-append), else leaves the chain to the append function. A head remembered
   * wrongly (only a head row edited by hand could make one) costs a second call, nothing else.
   */
  private async appendBatch(streamId: string, prepared: readonly PreparedEvent[], expectedVersion: number | 'any'): Promise<AppendResult> {
    const from = expectedVersion === 'any' || prepared.length === 0 ? undefined : this.heads.hashAt(streamId, expectedVersion);
    let chain: CallerChain | undefined = from === undefined ? undefined : { from, hashes: chainFrom(from, prepared) };
    let row: AppendedBatchRow;
    try {
      row = await this.callAppend(streamId, prepared, expectedVersion, chain);
    } catch (error) {
      if (chain === undefined || !(error instanceof DatabaseError && error.code === CHAIN_FROM_ANOTHER_HEAD_SQLSTATE)) throw error;
      this.heads.forget(streamId);
      chain = undefined;
      row = await this.callAppend(streamId, prepared, expectedVersion);
    }
    const events = recordedBatch(prepared, row, chain?.hashes);
    const last = events.at(-1);
    if (last !== undefined) this.heads.remember(streamId, last.streamVersion, last.hash);
    return { nextExpectedVersion: row.first_version + events.length, events };
  }

  private async callAppend(
    streamId: string,
    prepared: readonly PreparedEvent[],
    expectedVersion: number | 'any',
    chain?: CallerChain,
    on: Pool | PoolClient = this.pool,
  ): Promise<AppendedBatchRow> {
    const statement = chain === undefined ? this.sql.append : this.sql.appendChained;
    try {
      const values = appendParameters(streamId, prepared, expectedVersion, chain);
      // The batch's recorded_at parsed as reads parse it: an append answers the very events a read gives back.
      const { rows } = await on.query<AppendedBatchRow>({ ...statement, types: STORE_TYPES, values });
      return rows[0];
    } catch (error) {
      if (error instanceof DatabaseError && error.code === WRONG_EXPECTED_VERSION_SQLSTATE) {
        throw new WrongExpectedVersionError(streamId, expectedVersion, Number(error.detail));
      }
      throw error;
    }
  }

  private async transactionIdBound(statement: { name: string; text: string }): Promise<bigint> {
    const { rows } = await this.pool.query<{ xid: string }>(statement);
    return BigInt(rows[0].xid);
  }

  private upcast(event: RecordedEvent): RecordedEvent {
    return this.options.upcasters ? this.options.upcasters.upcast(event) : event;
  }
}
