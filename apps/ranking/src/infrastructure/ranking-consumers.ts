import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { eventsTopic, LOG_UPCASTERS, type UpcasterRegistry } from '@par/contracts';
import type { EventStore } from '@par/event-store';
import { EventConsumer, InProcessEventConsumer, KafkaPublisher, KafkaSubscriber, migrateConsumerTables, TopicEventConsumer } from '@par/messaging';
import type { RankingOptions } from '../ranking.config';
import { rebuildUnderWay } from '../rebuild/rebuild-record';
import { RANKING_SCHEMA } from './ranking-schema';
import { RANKING_OPTIONS } from './ranking.tokens';
import { appraisalConsumer, submissionsConsumer, surveyConsumer } from './source-consumers';

interface Running {
  stop(): Promise<void>;
  caughtUp?(): Promise<void>;
}

/** The services ranking reads; the survey's only when configured. */
type Source = 'submissions' | 'appraisal' | 'survey';

/**
 * Feeds the projections from the submissions and appraisal services, and from the survey service when it
 * is configured: in process from their logs (embedded) or from their Kafka topics (distributed). Same
 * consumers, same idempotency marks.
 */
@Injectable()
export class RankingConsumers implements OnApplicationBootstrap, OnApplicationShutdown {
  private running: Running[] = [];
  private publisher: KafkaPublisher | null = null;

  constructor(@Inject(RANKING_OPTIONS) private readonly options: RankingOptions) {}

  async onApplicationBootstrap(): Promise<void> {
    const { pool } = this.options;
    await migrateConsumerTables(pool, RANKING_SCHEMA);
    // The consumers go on from the rebuild's checkpoints, exactly once: the read models end right, only the
    // audit trail's lookup index waits for the rebuild's own end.
    if (await rebuildUnderWay(pool)) {
      new Logger(RankingConsumers.name).warn('a rebuild of the read models was stopped before its end: run `par rebuild ranking` to finish it');
    }
    const feeds: [EventConsumer, Source][] = [
      [submissionsConsumer, 'submissions'],
      [appraisalConsumer, 'appraisal'],
    ];
    if (this.surveyConfigured()) feeds.push([surveyConsumer, 'survey']);
    for (const [consumer, source] of feeds) {
      const running = this.options.mode === 'embedded' ? this.inProcess(consumer, source) : this.fromTopic(consumer, source);
      await running.start();
      this.running.push(running);
    }
  }

  /** Embedded mode only: resolves once every event committed to every source read before the call is applied. */
  async caughtUp(): Promise<void> {
    for (const running of this.running) await running.caughtUp?.();
  }

  async onApplicationShutdown(): Promise<void> {
    const running = this.running;
    this.running = [];
    for (const consumer of running) await consumer.stop();
    await this.publisher?.close();
  }

  private surveyConfigured(): boolean {
    return this.options.mode === 'embedded' ? this.options.sources.survey !== undefined : this.options.sources.survey === true;
  }

  /** The source stores upcast (their callers build them with LOG_UPCASTERS): the projectors only ever see current versions. */
  private inProcess(consumer: EventConsumer, source: Source) {
    if (this.options.mode !== 'embedded') throw new Error('not embedded');
    const store: EventStore | undefined = this.options.sources[source];
    if (!store) throw new Error(`no ${source} log configured`);
    return new InProcessEventConsumer({
      consumer,
      source: { service: source, store },
      pool: this.options.pool,
      schema: RANKING_SCHEMA,
      pollIntervalMs: this.options.pollIntervalMs,
    });
  }

  /** A topic's envelopes come from no store: the consumer upcasts them through the log's registry (the survey log has none yet). */
  private fromTopic(consumer: EventConsumer, source: Source) {
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
      upcasters: upcastersOf(source),
    });
  }
}

/** The log's upcaster registry, when @par/contracts has one for it. */
function upcastersOf(source: Source): UpcasterRegistry | undefined {
  const registries: Partial<Record<Source, UpcasterRegistry>> = LOG_UPCASTERS;
  return registries[source];
}
