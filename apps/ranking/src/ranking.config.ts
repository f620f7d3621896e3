import { serviceEnvironmentSchema } from '@par/config';
import type { Clock } from '@par/contracts';
import type { EventStore } from '@par/event-store';
import type { Kafka } from 'kafkajs';
import type { Pool } from 'pg';
import { z } from 'zod';

/**
 * The environment of the ranking service alone (distributed mode, main.ts), parsed once at start.
 * RANKING_SURVEY_SOURCE=true consumes par.survey.events.v1 too: off by default, so a platform without the
 * survey service (and its topic) starts as before.
 */
export const rankingEnvironmentSchema = serviceEnvironmentSchema('0.0.0.0:50053').extend({
  RANKING_SURVEY_SOURCE: z
    .enum(['true', 'false'], { error: 'expected true or false' })
    .default('false')
    .transform((value) => value === 'true'),
});

export type RankingEnvironment = z.output<typeof rankingEnvironmentSchema>;

/** Embedded mode: the source services' logs, read in process; each store built with its LOG_UPCASTERS entry, which its subscription applies. */
export interface EmbeddedSources {
  readonly submissions: EventStore;
  readonly appraisal: EventStore;
  /** The survey service's log (campaigns and the leaf points they apply); read only when given. */
  readonly survey?: EventStore;
}

/** Distributed mode: the source services' topics on Kafka. */
export interface DistributedSources {
  readonly kafka: Kafka;
  /** Default par.submissions.events.v1, par.appraisal.events.v1 and par.survey.events.v1. */
  readonly topics?: { readonly submissions: string; readonly appraisal: string; readonly survey?: string };
  /** Consume the survey service's topic too; off unless set, so a platform without the survey service starts as before. */
  readonly survey?: boolean;
  /** Appended to each consumer's group id, so test runs sharing a broker do not share a group. */
  readonly groupIdSuffix?: string;
}

interface CommonOptions {
  /** The service's database (schema `ranking`); the caller owns (and ends) the pool. */
  readonly pool: Pool;
  /** When a decision is recorded as published or corrected; default: the wall clock. */
  readonly clock?: Clock;
  /** How often the results read model looks for cycles changed since their document; default 200 ms. */
  readonly resultsRefreshIntervalMs?: number;
}

/** How RankingModule.register wires the service: fed in process (embedded) or from Kafka (distributed). */
export type RankingOptions = CommonOptions &
  (
    | { readonly mode: 'embedded'; readonly sources: EmbeddedSources; readonly pollIntervalMs?: number }
    | { readonly mode: 'distributed'; readonly sources: DistributedSources }
  );
