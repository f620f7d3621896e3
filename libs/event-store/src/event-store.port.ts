/**
 * The EventStore port: what every service's write side and every relay rely on.
 * Adapters (PostgreSQL today, KurrentDB later) implement it; nothing above this line knows SQL.
 */

/** Who did what and why: carried by every event so the audit trail can answer disputes years later. */
export interface EventMetadata {
  actor?: string;
  role?: string;
  reason?: string;
  causationId?: string;
  correlationId?: string;
  /** ISO-8601 instant the business fact happened (set by the command handler, not the database). */
  occurredAt?: string;
  [key: string]: unknown;
}

/** An event about to be appended. `eventId` (uuid) is generated when absent; it is the idempotency key downstream. */
export interface NewEvent<Data = unknown> {
  type: string;
  data: Data;
  metadata?: EventMetadata;
  eventId?: string;
  /** Version of this event type's schema; defaults to 1. Readers upcast older versions. */
  schemaVersion?: number;
}

/**
 * A position in a store's global order. Both parts are needed: events are ordered by the id of the
 * transaction that wrote them, then by their sequence number inside it (see ARCHITECTURE.md).
 */
export interface GlobalPosition {
  transactionId: bigint;
  position: bigint;
}

export const START: GlobalPosition = Object.freeze({ transactionId: 0n, position: 0n });

export interface RecordedEvent<Data = unknown> {
  streamId: string;
  /** 1 for the first event of a stream. */
  streamVersion: number;
  globalPosition: GlobalPosition;
  eventId: string;
  type: string;
  schemaVersion: number;
  data: Data;
  metadata: EventMetadata;
  /** Hex SHA-256 chaining this event to the previous one of its stream. */
  hash: string;
  previousHash: string;
  recordedAt: Date;
}

/**
 * `number`: the stream's current version must be exactly this (0 = the stream must not exist yet).
 * `'any'`: append whatever the current version is.
 */
export type ExpectedVersion = number | 'any';

export interface AppendOptions {
  expectedVersion: ExpectedVersion;
}

export interface AppendResult {
  /** The stream's version after the append: pass it as `expectedVersion` for the next append. */
  nextExpectedVersion: number;
  events: RecordedEvent[];
}

export interface ReadStreamOptions {
  /** First stream version to return (inclusive), default 1. */
  fromVersion?: number;
}

export interface ReadAllOptions {
  /** Return events strictly after this position; default: from the start. */
  after?: GlobalPosition;
  /** At most this many events, default 1000. */
  limit?: number;
}

export interface SubscriptionOptions {
  /** Resume strictly after this checkpoint (the last position the handler completed). */
  after?: GlobalPosition;
  /** Called for each event in global order; the next event is delivered only after the promise resolves. */
  handler: (event: RecordedEvent) => Promise<void>;
  /**
   * When given, called instead of `handler` with each batch read (up to `batchSize` events, in global
   * order): a consumer can apply a whole batch in one transaction. The checkpoint moves past the batch
   * once the promise resolves.
   */
  handleBatch?: (events: readonly RecordedEvent[]) => Promise<void>;
  batchSize?: number;
  /** How long to wait before polling again once caught up, default 100 ms. */
  pollIntervalMs?: number;
  /** Called when the handler or the store fails; the subscription stops. */
  onError?: (error: unknown) => void;
}

export interface Subscription {
  /** Resolves once the subscription has delivered every event committed before this call. */
  caughtUp(): Promise<void>;
  /** Stops polling; resolves once the in-flight handler call (if any) has finished. */
  stop(): Promise<void>;
  /** The position of the last event whose handler completed. */
  readonly checkpoint: GlobalPosition;
}

export type VerifyResult = { ok: true; streams: number; events: number } | { ok: false; streams: number; events: number; firstBroken: BrokenEvent };

export interface BrokenEvent {
  streamId: string;
  streamVersion: number;
  eventId: string;
  globalPosition: GlobalPosition;
  problem: 'HASH_MISMATCH' | 'PREVIOUS_HASH_MISMATCH' | 'VERSION_GAP';
  expected: string;
  actual: string;
}

/**
 * Lifts an event stored under an older schema version to its type's current one: the log's
 * UpcasterRegistry from @par/contracts (e.g. appraisalUpcasters) fits it.
 */
export interface Upcasters {
  upcast(event: RecordedEvent): RecordedEvent;
}

/** What an adapter is built with besides its storage. */
export interface EventStoreOptions {
  /** Applied to every event read (readStream, readAll, subscribe); stored events, and so their hashes, never change. */
  upcasters?: Upcasters;
}

export interface EventStore {
  append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribe(options: SubscriptionOptions): Subscription;
  /** Recomputes every stream's hash chain; names the first event (in global order) that does not match. */
  verify(): Promise<VerifyResult>;
}
