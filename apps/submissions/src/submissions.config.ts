import { serviceEnvironmentSchema } from '@par/config';
import type { Clock } from '@par/contracts';
import type { Pool } from 'pg';

/** The environment of the service run alone (main.ts), parsed once at start: a bad value stops it, named. */
export const submissionsEnvironmentSchema = serviceEnvironmentSchema('0.0.0.0:50051');

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
  /** Default: the system clock. */
  clock?: Clock;
  /** How often the read model polls the log once caught up, default 100 ms. */
  pollIntervalMs?: number;
}
