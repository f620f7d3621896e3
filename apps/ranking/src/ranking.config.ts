import type { EventStore } from '@par/event-store';
import type { Kafka } from 'kafkajs';
import type { Pool } from 'pg';

/** Embedded mode: the source services' logs, read in process. */
export interface EmbeddedSources {
  readonly submissions: EventStore;
  readonly appraisal: EventStore;
}

/** Distributed mode: the source services' topics on Kafka. */
export interface DistributedSources {
  readonly kafka: Kafka;
  /** Default par.submissions.events.v1 and par.appraisal.events.v1. */
  readonly topics?: { readonly submissions: string; readonly appraisal: string };
  /** Appended to each consumer's group id, so test runs sharing a broker do not share a group. */
  readonly groupIdSuffix?: string;
}

export type RankingConfig =
  | { readonly pool: Pool; readonly mode: 'embedded'; readonly sources: EmbeddedSources; readonly pollIntervalMs?: number }
  | { readonly pool: Pool; readonly mode: 'distributed'; readonly sources: DistributedSources };
