import type { UpcasterRegistry } from '@par/contracts';
import type { EventStore } from '@par/event-store';
import type { Pool } from 'pg';
import type { EventConsumer } from '../consumer/event-consumer';

export interface DeadLetterView {
  eventId: string | null;
  error: string;
  attempts: number;
  consumer: string;
}

/**
 * One transport wired end to end for one test: a fresh source log, a fresh consumer schema, and the
 * machinery in between. The contract suite drives every transport through this.
 */
export interface TransportHarness {
  /** The source service's log: the suite appends here. */
  readonly store: EventStore;
  /** The consuming service's database and (migrated) schema. */
  readonly pool: Pool;
  readonly schema: string;
  /** Starts carrying the log to `consumer`; with `upcasters` (the log's registry), the consumer receives its events upcast. */
  start(consumer: EventConsumer, upcasters?: UpcasterRegistry): Promise<void>;
  /** Kills what carries events out of the log at its worst moment, then starts a fresh one. */
  crashCarrier(): Promise<void>;
  /** Stops the consumer, makes the transport deliver everything again from the start, restarts it. */
  restartConsumerFromScratch(): Promise<void>;
  /** Resolves once everything appended so far has been delivered to the consumer. */
  drained(): Promise<void>;
  /** Waits for `count` dead letters (or times out) and returns them. */
  deadLetters(count: number): Promise<DeadLetterView[]>;
  /** Stops everything this harness started; safe to call twice. */
  close(): Promise<void>;
}

export interface TransportUnderTest {
  name: string;
  harness(): Promise<TransportHarness>;
}
