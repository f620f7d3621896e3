import { DynamicModule, Module } from '@nestjs/common';
import type { PostgresEventStore } from '@par/event-store';
import type { Pool } from 'pg';
import { AppraisalModule } from '@par/appraisal';
import { RankingModule } from '@par/ranking';
import { SubmissionsModule } from '@par/submissions';
import { SurveyModule } from '@par/survey';

export interface EmbeddedPlatformConfig {
  pool: Pool;
  /** The database of `pool`, for the TypeORM connections of the read models. */
  databaseUrl: string;
  /** The logs the services write, as the other services read them in process (never queried across). */
  stores: { submissions: PostgresEventStore; appraisal: PostgresEventStore; survey: PostgresEventStore };
  /** How often the in-process consumers poll a log once caught up. */
  pollIntervalMs?: number;
}

/**
 * Wiring only: the four services in their embedded mode, one process, one database, a schema each;
 * events flow between them by in-process catch-up subscriptions instead of Kafka.
 */
@Module({})
export class EmbeddedPlatformModule {
  static register({ pool, databaseUrl, stores, pollIntervalMs = 20 }: EmbeddedPlatformConfig): DynamicModule {
    return {
      module: EmbeddedPlatformModule,
      imports: [
        SubmissionsModule.register({ pool, mode: 'embedded', survey: stores.survey, pollIntervalMs }),
        AppraisalModule.register({ pool, databaseUrl, mode: 'embedded', submissions: stores.submissions, eventStore: () => stores.appraisal }),
        RankingModule.register({ pool, mode: 'embedded', sources: stores, pollIntervalMs }),
        SurveyModule.register({ pool, databaseUrl, mode: 'embedded', submissions: stores.submissions, eventStore: () => stores.survey, pollIntervalMs }),
      ],
    };
  }
}
