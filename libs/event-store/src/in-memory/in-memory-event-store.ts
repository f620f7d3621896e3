import { WrongExpectedVersionError } from '../errors';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventStoreOptions,
  GlobalPosition,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  Subscription,
  SubscriptionOptions,
  VerifyResult,
} from '../event-store.port';
import { START } from '../event-store.port';
import { chainInMemory } from '../chain-in-memory';
import { GENESIS_HASH } from '../hashing';
import { CatchUpSubscription } from '../postgres/catch-up-subscription';
import { prepareEvents } from '../prepare-events';
import { ChainVerifier } from '../verify';

/**
 * The EventStore port in memory: same preparation and hashing as the PostgreSQL adapter (prepareEvents,
 * chainHash), same catch-up subscription, same chain verification. For dry runs (the CLI import checks a
 * whole file against it before touching the real log) and fast tests. Not durable, one process.
 *
 * Each append is one "transaction": its events share a transaction id and get consecutive positions, and
 * every append is visible at once, so the read horizon is simply the next transaction id.
 */
export class InMemoryEventStore implements EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly eventIds = new Set<string>();
  private readonly subscriptions = new Set<CatchUpSubscription>();
  private lastTransactionId = 0n;

  constructor(private readonly options: EventStoreOptions = {}) {}

  async append(streamId: string, events: NewEvent[], { expectedVersion }: AppendOptions): Promise<AppendResult> {
    if (expectedVersion !== 'any' && !(Number.isInteger(expectedVersion) && expectedVersion >= 0)) {
      throw new RangeError(`expectedVersion must be 'any' or an integer >= 0, got ${expectedVersion}`);
    }
    const prepared = prepareEvents(streamId, events);
    const stream = this.streams.get(streamId) ?? [];
    const version = stream.length;
    if (expectedVersion !== 'any' && expectedVersion !== version) throw new WrongExpectedVersionError(streamId, expectedVersion, version);
    if (prepared.length === 0) return { nextExpectedVersion: version, events: [] };
    // The PostgreSQL adapter's unique index on event_id, as a check before anything is written.
    const duplicate = prepared.find(
      (event, index) => this.eventIds.has(event.eventId) || prepared.findIndex((other) => other.eventId === event.eventId) !== index,
    );
    if (duplicate) throw new Error(`Event ${duplicate.eventId} is already in the log`);

    const recorded = chainInMemory(streamId, prepared, {
      version,
      previousHash: stream.at(-1)?.hash ?? GENESIS_HASH,
      transactionId: ++this.lastTransactionId,
      firstPosition: this.log.length + 1,
    });
    this.log.push(...recorded);
    recorded.forEach((event) => this.eventIds.add(event.eventId));
    this.streams.set(streamId, [...stream, ...recorded]);
    this.subscriptions.forEach((subscription) => subscription.wake());
    return { nextExpectedVersion: version + recorded.length, events: recorded.map(copy) };
  }

  async readStream(streamId: string, { fromVersion = 1 }: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return (this.streams.get(streamId) ?? []).filter((event) => event.streamVersion >= fromVersion).map((event) => this.read(event));
  }

  async readAll({ after = START, limit = 1000 }: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const from = this.log.findIndex((event) => isAfter(event.globalPosition, after));
    return from < 0 ? [] : this.log.slice(from, from + limit).map((event) => this.read(event));
  }

  subscribe(options: SubscriptionOptions): Subscription {
    // Every append is committed when it returns: nothing can commit late, so horizon = frontier.
    const everythingCommitted = async () => this.lastTransactionId + 1n;
    const source = { readAll: (range: ReadAllOptions) => this.readAll(range), horizon: everythingCommitted, frontier: everythingCommitted };
    const subscription: CatchUpSubscription = new CatchUpSubscription(source, options, () => this.subscriptions.delete(subscription));
    this.subscriptions.add(subscription);
    return subscription;
  }

  async verify(): Promise<VerifyResult> {
    const verifier = new ChainVerifier();
    const ids = [...this.streams.keys()].sort();
    for (const streamId of ids) {
      const events = this.streams.get(streamId) ?? [];
      const last = events.at(-1);
      // The stream head is what the append path recorded: the version and hash it chained onto.
      const head = last ? { version: events.length, lastHash: last.hash } : null;
      for (const event of [...events].sort((a, b) => a.streamVersion - b.streamVersion)) verifier.accept(event, head);
    }
    return verifier.result();
  }

  /** What a reader gets: its own copy, upcast to the current schema version. */
  private read(event: RecordedEvent): RecordedEvent {
    const own = copy(event);
    return this.options.upcasters ? this.options.upcasters.upcast(own) : own;
  }
}

function isAfter(position: GlobalPosition, after: GlobalPosition): boolean {
  return position.transactionId > after.transactionId || (position.transactionId === after.transactionId && position.position > after.position);
}

/** Readers get their own copy, as from a database: nothing they do to it can change the log. */
function copy(event: RecordedEvent): RecordedEvent {
  return structuredClone(event);
}
