import { WrongExpectedVersionError } from '../errors';
import type {
  AppendOptions,
  AppendResult,
  EventMetadata,
  EventStore,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  Subscription,
  VerifyResult,
} from '../event-store.port';
import { START } from '../event-store.port';
import { chainInMemory } from '../chain-in-memory';
import { GENESIS_HASH } from '../hashing';
import { type PreparedEvent, prepareEvents } from '../prepare-events';

/** One stream's staged events and the version of the stream they were decided on. */
export interface StagedBatch {
  readonly streamId: string;
  /** The stream's version in the store when first read: the commit appends at exactly this version. */
  readonly expectedVersion: number;
  /** Prepared once, when staged (ids, metadata, canonical text and content hash): the commit sends exactly these. */
  readonly events: readonly PreparedEvent[];
}

export interface StagingOptions {
  /** Merged into every staged event's metadata (an import's provenance, say). */
  readonly metadata?: EventMetadata;
}

interface StagedStream {
  readonly baseVersion: number;
  /** The stream as read from the store, then every staged event after it. */
  readonly events: RecordedEvent[];
  readonly staged: PreparedEvent[];
}

/**
 * A unit of work over an EventStore: handlers and deciders run against it exactly as against the store,
 * but appends are held in memory. Each stream is read from the store once, then kept; appends are
 * checked against the versions read (the same WrongExpectedVersionError). Nothing reaches the store
 * until the batches are committed (see commitStaged), each stream at the version it was read at, so a
 * writer that got in between makes the commit fail whole. Decides thousands of commands with one read
 * per stream and one append per stream: the CLI's import of a past cycle.
 *
 * `readAll` gives the staged events only, in the order staged (a reactor in the same unit of work follows
 * them); there is no subscription or verification of a stage.
 */
export class StagedEventStore implements EventStore {
  private readonly streams = new Map<string, StagedStream>();
  /** Streams in the order their first event was staged: the commit's order. */
  private readonly order: string[] = [];
  private readonly log: RecordedEvent[] = [];

  constructor(
    private readonly store: EventStore,
    private readonly options: StagingOptions = {},
  ) {}

  async append(streamId: string, events: NewEvent[], { expectedVersion }: AppendOptions): Promise<AppendResult> {
    const stream = await this.load(streamId);
    const version = stream.events.length === 0 ? 0 : stream.events[stream.events.length - 1].streamVersion;
    if (expectedVersion !== 'any' && expectedVersion !== version) throw new WrongExpectedVersionError(streamId, expectedVersion, version);
    const extra = this.options.metadata;
    const prepared = prepareEvents(streamId, extra ? events.map((event) => ({ ...event, metadata: { ...event.metadata, ...extra } })) : events);
    if (prepared.length > 0 && stream.staged.length === 0) this.order.push(streamId);
    const recorded = chainInMemory(streamId, prepared, {
      version,
      previousHash: stream.events.at(-1)?.hash ?? GENESIS_HASH,
      transactionId: START.transactionId,
      firstPosition: this.log.length + 1,
    });
    stream.events.push(...recorded);
    stream.staged.push(...prepared);
    this.log.push(...recorded);
    return { nextExpectedVersion: version + recorded.length, events: recorded };
  }

  /** Events are shared, not copied: deciders fold them and never change them. */
  async readStream(streamId: string, { fromVersion = 1 }: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const { events } = await this.load(streamId);
    const from = events.findIndex((event) => event.streamVersion >= fromVersion);
    return from < 0 ? [] : events.slice(from);
  }

  async readAll({ after = START, limit = 1000 }: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const from = Number(after.position);
    return this.log.slice(from, from + limit);
  }

  subscribe(): Subscription {
    throw new Error('a staged unit of work has no subscriptions: commit it, then subscribe to the store');
  }

  verify(): Promise<VerifyResult> {
    throw new Error('a staged unit of work is verified once committed, by the store');
  }

  /** What the commit writes: per stream, in the order first staged. */
  batches(): StagedBatch[] {
    return this.order.map((streamId) => {
      const stream = this.streams.get(streamId) as StagedStream;
      return { streamId, expectedVersion: stream.baseVersion, events: stream.staged };
    });
  }

  get stagedEvents(): number {
    return this.log.length;
  }

  private async load(streamId: string): Promise<StagedStream> {
    let stream = this.streams.get(streamId);
    if (!stream) {
      const events = await this.store.readStream(streamId);
      stream = { baseVersion: events.at(-1)?.streamVersion ?? 0, events, staged: [] };
      this.streams.set(streamId, stream);
    }
    return stream;
  }
}
