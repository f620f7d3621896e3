import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@par/event-store';
import { InProcessEventConsumer } from '@par/messaging';
import { SURVEY_CONFIG, SURVEY_EVENT_STORE } from '../infrastructure/tokens';
import { SURVEY_SCHEMA, type SurveyOptions } from '../survey.config';
import { migratePublishedScores } from './projections/published-scores/published-scores.migrations';
import { PublishedScoresProjector } from './projections/published-scores/published-scores.projector';

/**
 * Feeds the published indices read model from the survey's own log, in both modes, as the campaigns projection
 * is fed. SurveyRuntime starts it once the log and the consumer tables are migrated (`launch(feed)`).
 */
@Injectable()
export class PublishedIndexFeed {
  private consumer?: InProcessEventConsumer;

  constructor(
    @Inject(SURVEY_CONFIG) private readonly config: SurveyOptions,
    @Inject(SURVEY_EVENT_STORE) private readonly store: EventStore,
    private readonly projector: PublishedScoresProjector,
  ) {}

  async start(): Promise<void> {
    const { pool, pollIntervalMs } = this.config;
    await migratePublishedScores(pool);
    this.consumer = new InProcessEventConsumer({
      consumer: this.projector,
      source: { service: 'survey', store: this.store },
      pool,
      schema: SURVEY_SCHEMA,
      pollIntervalMs,
    });
    await this.consumer.start();
  }

  async stop(): Promise<void> {
    await this.consumer?.stop();
  }

  /** Resolves once the read model has every event committed to the survey log before the call (read the trend after it). */
  async caughtUp(): Promise<void> {
    await this.consumer?.caughtUp();
  }
}
