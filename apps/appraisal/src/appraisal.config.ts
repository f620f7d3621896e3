import { serviceEnvironmentSchema } from '@par/config';
import type { Clock } from '@par/contracts';
import type { EventStore } from '@par/event-store';
import type { Pool } from 'pg';
import { z } from 'zod';

/** The service's own PostgreSQL schema: event log, read models and consumer bookkeeping. */
export const APPRAISAL_SCHEMA = 'appraisal';

/** The environment of the distributed service (main.ts), parsed once at start with parseConfig. */
export const appraisalEnvironmentSchema = serviceEnvironmentSchema('0.0.0.0:50052');

export type AppraisalEnvironment = z.output<typeof appraisalEnvironmentSchema>;

/**
 * How the module runs. Embedded: in one process with the others, fed straight from the submissions
 * service's EventStore. Distributed: alone, fed from Kafka, relaying its own log to Kafka.
 */
export type AppraisalOptions = {
  /** The service's database; the caller owns (and ends) the pool. */
  pool: Pool;
  /** Same database as `pool`, for TypeORM's own connection (read-model queries). */
  databaseUrl: string;
  /** Instant commands are decided at (result sent, explanation filed, finalized); default: the system clock. */
  clock?: Clock;
  /** Replaces the PostgresEventStore over `appraisal` (tests use it to stage concurrent writers). */
  eventStore?: (pool: Pool) => EventStore;
} & (
  | {
      mode: 'embedded';
      /** The submissions service's EventStore, built with LOG_UPCASTERS.submissions (its subscription upcasts): read through it, never queried directly. */
      submissions: EventStore;
    }
  | {
      mode: 'distributed';
      kafka: {
        brokers: string[];
        /** Default [par.submissions.events.v1]. */
        submissionsTopics?: string[];
        /** Kafka group of the starts consumer; default its name, `appraisal.starts`. */
        startsGroupId?: string;
        /** Relay this service's log to par.appraisal.events.v1; default true. */
        relay?: boolean;
        /** The service name the relay publishes as (topic par.<name>.events.v1), default 'appraisal'; tests pick a run-unique one. */
        relayAs?: string;
      };
    }
);
