import { serviceEnvironmentSchema } from '@par/config';
import type { Clock } from '@par/contracts';
import type { EventStore } from '@par/event-store';
import type { Pool } from 'pg';
import { z } from 'zod';

/**
 * The environment of the service run alone (main.ts), parsed once at start: a bad value stops it, named.
 * SUBMISSIONS_SURVEY_SOURCE=true consumes par.survey.events.v1 too (the points the survey applies, for
 * progress): off by default, so a platform without the survey service (and its topic) starts as before.
 */
export const submissionsEnvironmentSchema = serviceEnvironmentSchema('0.0.0.0:50051').extend({
  SUBMISSIONS_SURVEY_SOURCE: z
    .enum(['true', 'false'], { error: 'expected true or false' })
    .default('false')
    .transform((value) => value === 'true'),
});

/** The survey service's topic, read with the service's Kafka brokers (distributed mode). */
export interface SurveyTopic {
  /** Default par.survey.events.v1. */
  readonly topic?: string;
  /** Appended to the consumer's group id, so test runs sharing a broker do not share a group. */
  readonly groupIdSuffix?: string;
}

/**
 * How the module runs. `embedded`: one process with the other services, the read model fed from this
 * log in process. `distributed`: its own process; the log is also relayed to Kafka
 * (par.submissions.events.v1) for the other services. The read model is this service's own, so it is
 * fed in process in both modes.
 */
export interface SubmissionsOptions {
  /** A pool on the database holding the `submissions` schema. */
  pool: Pool;
  mode: 'embedded' | 'distributed';
  /** Required in distributed mode. */
  kafkaBrokers?: string[];
  /** The service name the relay publishes as (topic par.<name>.events.v1), default 'submissions'; tests pick a run-unique one. */
  relayAs?: string;
  /**
   * Where the points the survey service applies to survey-held leaves come from (progress): its log read
   * in process (embedded, an EventStore) or its topic (distributed, needs kafkaBrokers). Absent: none are
   * read, and every survey-held leaf stays pending.
   */
  survey?: EventStore | SurveyTopic;
  /** Default: the system clock. */
  clock?: Clock;
  /** How often the read model polls the log once caught up, default 100 ms. */
  pollIntervalMs?: number;
}
