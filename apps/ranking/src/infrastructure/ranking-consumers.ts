import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { eventsTopic, LOG_UPCASTERS } from '@par/contracts';
import { EventConsumer, InProcessEventConsumer, KafkaPublisher, KafkaSubscriber, migrateConsumerTables, TopicEventConsumer } from '@par/messaging';
import type { RankingOptions } from '../ranking.config';
import { RANKING_SCHEMA } from './ranking-schema';
import { RANKING_OPTIONS } from './ranking.tokens';
import { appraisalConsumer, submissionsConsumer } from './source-consumers';

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

  constructor(@Inject(RANKING_OPTIONS) private readonly options: RankingOptions) {}

  async onApplicationBootstrap(): Promise<void> {
    const { pool } = this.options;
    await migrateConsumerTables(pool, RANKING_SCHEMA);
    const feeds: [EventConsumer, 'submissions' | 'appraisal'][] = [
      [submissionsConsumer, 'submissions'],
      [appraisalConsumer, 'appraisal'],
    ];
    for (const [consumer, source] of feeds) {
      const running = this.options.mode === 'embedded' ? this.inProcess(consumer, source) : this.fromTopic(consumer, source);
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

  /** The source stores upcast (their callers build them with LOG_UPCASTERS): the projectors only ever see current versions. */
  private inProcess(consumer: EventConsumer, source: 'submissions' | 'appraisal') {
    if (this.options.mode !== 'embedded') throw new Error('not embedded');
    return new InProcessEventConsumer({
      consumer,
      source: { service: source, store: this.options.sources[source] },
      pool: this.options.pool,
      schema: RANKING_SCHEMA,
      pollIntervalMs: this.options.pollIntervalMs,
    });
  }

  /** A topic's envelopes come from no store: the consumer upcasts them through the log's registry. */
  private fromTopic(consumer: EventConsumer, source: 'submissions' | 'appraisal') {
    if (this.options.mode !== 'distributed') throw new Error('not distributed');
    const { kafka, topics, groupIdSuffix = '' } = this.options.sources;
    this.publisher ??= new KafkaPublisher(kafka);
    return new TopicEventConsumer({
      consumer,
      topics: [topics?.[source] ?? eventsTopic(source)],
      subscriber: new KafkaSubscriber(kafka, { groupId: `${consumer.name}${groupIdSuffix}` }),
      publisher: this.publisher,
      pool: this.options.pool,
      schema: RANKING_SCHEMA,
      upcasters: LOG_UPCASTERS[source],
    });
  }
}
