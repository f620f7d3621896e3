import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { eventsTopic } from '@par/contracts';
import { EventConsumer, InProcessEventConsumer, KafkaPublisher, KafkaSubscriber, migrateConsumerTables, TopicEventConsumer } from '@par/messaging';
import { appraisalProjection } from '../projections/appraisal.projection';
import { submissionsProjection } from '../projections/submissions.projection';
import { RANKING_SCHEMA } from '../read-model/ranking-schema';
import type { RankingConfig } from '../ranking.config';
import { RANKING_CONFIG } from '../ranking.tokens';

interface Running {
  stop(): Promise<void>;
  caughtUp?(): Promise<void>;
}

/**
 * Feeds the projections from the submissions and appraisal services: in process from their logs
 * (embedded) or from their Kafka topics (distributed). Same consumers, same idempotency marks.
 */
@Injectable()
export class RankingConsumers implements OnApplicationBootstrap, OnApplicationShutdown {
  private running: Running[] = [];
  private publisher: KafkaPublisher | null = null;

  constructor(@Inject(RANKING_CONFIG) private readonly config: RankingConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    const { pool } = this.config;
    await migrateConsumerTables(pool, RANKING_SCHEMA);
    const feeds: [EventConsumer, 'submissions' | 'appraisal'][] = [
      [submissionsProjection, 'submissions'],
      [appraisalProjection, 'appraisal'],
    ];
    for (const [consumer, source] of feeds) {
      const running = this.config.mode === 'embedded' ? this.inProcess(consumer, source) : this.fromTopic(consumer, source);
      await running.start();
      this.running.push(running);
    }
  }

  /** Embedded mode only: resolves once every event committed to both sources before the call is applied. */
  async caughtUp(): Promise<void> {
    for (const running of this.running) await running.caughtUp?.();
  }

  async onApplicationShutdown(): Promise<void> {
    const running = this.running;
    this.running = [];
    for (const consumer of running) await consumer.stop();
    await this.publisher?.close();
  }

  private inProcess(consumer: EventConsumer, source: 'submissions' | 'appraisal') {
    if (this.config.mode !== 'embedded') throw new Error('not embedded');
    return new InProcessEventConsumer({
      consumer,
      source: { service: source, store: this.config.sources[source] },
      pool: this.config.pool,
      schema: RANKING_SCHEMA,
      pollIntervalMs: this.config.pollIntervalMs,
    });
  }

  private fromTopic(consumer: EventConsumer, source: 'submissions' | 'appraisal') {
    if (this.config.mode !== 'distributed') throw new Error('not distributed');
    const { kafka, topics, groupIdSuffix = '' } = this.config.sources;
    this.publisher ??= new KafkaPublisher(kafka);
    return new TopicEventConsumer({
      consumer,
      topics: [topics?.[source] ?? eventsTopic(source)],
      subscriber: new KafkaSubscriber(kafka, { groupId: `${consumer.name}${groupIdSuffix}` }),
      publisher: this.publisher,
      pool: this.config.pool,
      schema: RANKING_SCHEMA,
    });
  }
}
