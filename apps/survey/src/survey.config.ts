import { serviceEnvironmentSchema } from '@par/config';
import type { Clock } from '@par/contracts';
import type { EventStore, EventStoreOptions } from '@par/event-store';
import type { Pool } from 'pg';
import { z } from 'zod';

/** The service's own PostgreSQL schema: event log, answers, read models and consumer bookkeeping. */
export const SURVEY_SCHEMA = 'survey';

/** How every reader opens the survey log: it has no older schema versions yet, hence no upcaster registry. */
export const SURVEY_LOG_OPTIONS: EventStoreOptions = Object.freeze({});

/** The environment of the distributed service (main.ts), parsed once at start with parseConfig. */
export const surveyEnvironmentSchema = serviceEnvironmentSchema('0.0.0.0:50054');

export type SurveyEnvironment = z.output<typeof surveyEnvironmentSchema>;

/**
 * How the module runs. Embedded: in one process with the others, its cycle catalogue fed straight from the
 * submissions service's EventStore. Distributed: alone, fed from Kafka, relaying its own log to Kafka.
 */
export type SurveyOptions = {
  /** The service's database; the caller owns (and ends) the pool. Answers are copied and read through it. */
  pool: Pool;
  /** Same database as `pool`; accepted like the other services' options (the survey's readers query through `pool`). */
  databaseUrl?: string;
  /** Instant events are stamped with (occurredAt); default: the system clock. */
  clock?: Clock;
  /** Replaces the PostgresEventStore over `survey` (the CLI passes the store it verifies). */
  eventStore?: (pool: Pool) => EventStore;
  /** Catch-up polling of the in-process consumers, default 100 ms. */
  pollIntervalMs?: number;
} & (
  | {
      mode: 'embedded';
      /** The submissions service's EventStore, built with LOG_UPCASTERS.submissions: read through it, never queried directly. */
      submissions: EventStore;
    }
  | {
      mode: 'distributed';
      kafka: {
        brokers: string[];
        /** Default [par.submissions.events.v1]. */
        submissionsTopics?: string[];
        /** Kafka group of the catalogue consumer; default its name, `survey.catalogue`. */
        catalogueGroupId?: string;
        /** Relay this service's log to par.survey.events.v1; default true. */
        relay?: boolean;
        /** The service name the relay publishes as (topic par.<name>.events.v1), default 'survey'. */
        relayAs?: string;
      };
    }
);
