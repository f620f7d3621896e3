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
import { appendParameters } from './append-parameters';
import { WRONG_EXPECTED_VERSION_SQLSTATE } from './append.sql';
import type { StagedBatch } from '../staging/staged-event-store';
import { CatchUpSubscription } from './catch-up-subscription';
import { inTransaction } from './in-transaction';
import { migrate } from './migrator';
import { EventRow, toRecordedEvent } from './row-mapping';
import { quotedSchema } from './schema-name';
import { statementsFor } from './statements';
import { verifyChains } from './verify-chains';

interface AppendedRow {
  stream_version: number;
  global_position: string;
  transaction_id: string;
  hash: string;
  previous_hash: string;
  recorded_at: Date;
}

/** The EventStore port over one service's schema in PostgreSQL (see ARCHITECTURE.md, "Event store"). */
export class PostgresEventStore implements EventStore {
  private readonly s: string;
  private readonly sql: ReturnType<typeof statementsFor>;
  private readonly subscriptions = new Set<CatchUpSubscription>();

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
    const prepared = prepareEvents(streamId, events);
    const rows = await this.callAppend(streamId, prepared, expectedVersion);
    this.subscriptions.forEach((subscription) => subscription.wake());
    const recorded = rows.map((row, index) => recordedFrom(prepared[index], row));
    const nextExpectedVersion = recorded.at(-1)?.streamVersion ?? (await this.versionOf(streamId, expectedVersion));
    return { nextExpectedVersion, events: recorded };
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
          events += (await store.callAppend(batch.streamId, [...batch.events], batch.expectedVersion, tx)).length;
        }
      }
      return events;
    });
    writes.forEach(({ store }) => store.subscriptions.forEach((subscription) => subscription.wake()));
    return written;
  }

  async readStream(streamId: string, { fromVersion = 1 }: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<EventRow>({ ...this.sql.readStream, values: [streamId, fromVersion] });
    return rows.map((row) => this.upcast(toRecordedEvent(row)));
  }

  /** The global order, never past a transaction still running (so nothing committed late is skipped). */
  async readAll({ after = START, limit = 1000 }: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const values = [after.transactionId.toString(), after.position.toString(), limit];
    const { rows } = await this.pool.query<EventRow>({ ...this.sql.readAll, values });
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

  private async callAppend(
    streamId: string,
    prepared: PreparedEvent[],
    expectedVersion: number | 'any',
    on: Pool | PoolClient = this.pool,
  ): Promise<AppendedRow[]> {
    const values = appendParameters(streamId, prepared, expectedVersion);
    try {
      const { rows } = await on.query<AppendedRow>({ ...this.sql.append, values });
      return rows.sort((a, b) => a.stream_version - b.stream_version);
    } catch (error) {
      if (error instanceof DatabaseError && error.code === WRONG_EXPECTED_VERSION_SQLSTATE) {
        throw new WrongExpectedVersionError(streamId, expectedVersion, Number(error.detail));
      }
      throw error;
    }
  }

  /** Only for an empty batch, which writes nothing and so returns no version. */
  private async versionOf(streamId: string, expectedVersion: number | 'any'): Promise<number> {
    if (expectedVersion !== 'any') return expectedVersion;
    const { rows } = await this.pool.query<{ version: number }>(`SELECT version FROM ${this.s}.streams WHERE stream_id = $1`, [streamId]);
    return rows[0]?.version ?? 0;
  }

  private async transactionIdBound(statement: { name: string; text: string }): Promise<bigint> {
    const { rows } = await this.pool.query<{ xid: string }>(statement);
    return BigInt(rows[0].xid);
  }

  private upcast(event: RecordedEvent): RecordedEvent {
    return this.options.upcasters ? this.options.upcasters.upcast(event) : event;
  }
}

function recordedFrom(event: PreparedEvent, row: AppendedRow): RecordedEvent {
  return {
    streamId: event.streamId,
    streamVersion: row.stream_version,
    globalPosition: { transactionId: BigInt(row.transaction_id), position: BigInt(row.global_position) },
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    hash: row.hash,
    previousHash: row.previous_hash,
    recordedAt: row.recorded_at,
  };
}
