import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { eventsTopic, submissionsUpcasters } from '@par/contracts';
import type { EventStore } from '@par/event-store';
import {
  createKafka,
  EventLogRelay,
  InProcessEventConsumer,
  KafkaPublisher,
  KafkaSubscriber,
  migrateConsumerTables,
  migrateRelayTables,
  TopicEventConsumer,
} from '@par/messaging';
import { migrateAnswers } from '../answers/answers.migrations';
import { migrateCampaigns } from '../projections/campaigns/campaigns.migrations';
import { CampaignsProjector } from '../projections/campaigns/campaigns.projector';
import { migrateCycleCatalogue } from '../projections/cycle-catalogue/cycle-catalogue.migrations';
import { CycleCatalogueProjector } from '../projections/cycle-catalogue/cycle-catalogue.projector';
import { SURVEY_SCHEMA, type SurveyOptions } from '../survey.config';
import { SURVEY_CONFIG, SURVEY_EVENT_STORE } from './tokens';
import { PublishedIndexFeed } from '../published-index/published-index.feed';

interface Startable {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Migrates the `survey` schema (log, consumer bookkeeping, catalogue, campaigns, answers), then starts what
 * moves events: the campaigns projection over the service's own log, the cycle catalogue fed by the
 * submissions service (in process or from Kafka) and, distributed, the relay of this log to par.survey.events.v1.
 */
@Injectable()
export class SurveyRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly running: Startable[] = [];
  private campaigns?: InProcessEventConsumer;
  private catalogueInProcess?: InProcessEventConsumer;

  constructor(
    @Inject(SURVEY_CONFIG) private readonly config: SurveyOptions,
    @Inject(SURVEY_EVENT_STORE) private readonly store: EventStore & { migrate?: () => Promise<void> },
    private readonly campaignsProjector: CampaignsProjector,
    private readonly catalogue: CycleCatalogueProjector,
    private readonly publishedIndex: PublishedIndexFeed,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { pool, pollIntervalMs } = this.config;
    await this.store.migrate?.();
    await migrateConsumerTables(pool, SURVEY_SCHEMA);
    await migrateCycleCatalogue(pool);
    await migrateCampaigns(pool);
    await migrateAnswers(pool);
    this.campaigns = new InProcessEventConsumer({
      consumer: this.campaignsProjector,
      source: { service: 'survey', store: this.store },
      pool,
      schema: SURVEY_SCHEMA,
      pollIntervalMs,
    });
    await this.launch(this.campaigns);
    // PAPI and DGI published indices: their own projection of the same log (it migrates its own tables).
    await this.launch(this.publishedIndex);
    for (const part of await this.transportParts()) await this.launch(part);
  }

  async onApplicationShutdown(): Promise<void> {
    for (const part of this.running.splice(0).reverse()) await part.stop();
  }

  /** Resolves once the published PAPI/DGI scores have every event committed to the survey log before the call. */
  async publishedIndexCaughtUp(): Promise<void> {
    await this.publishedIndex.caughtUp();
  }

  /** Resolves once the campaigns read model has every event committed to the survey log before the call. */
  async campaignsCaughtUp(): Promise<void> {
    await this.campaigns?.caughtUp();
  }

  /**
   * Embedded mode: resolves once the catalogue has every submissions event committed before the call (the
   * CLI waits on it before opening a campaign of a cycle it just imported). Distributed: nothing to wait on here.
   */
  async catalogueCaughtUp(): Promise<void> {
    await this.catalogueInProcess?.caughtUp();
  }

  private async transportParts(): Promise<Startable[]> {
    const { config, store } = this;
    const { pool } = config;
    if (config.mode === 'embedded') {
      this.catalogueInProcess = new InProcessEventConsumer({
        consumer: this.catalogue,
        source: { service: 'submissions', store: config.submissions },
        pool,
        schema: SURVEY_SCHEMA,
        pollIntervalMs: config.pollIntervalMs,
      });
      return [this.catalogueInProcess];
    }
    const kafka = createKafka({ brokers: config.kafka.brokers, clientId: 'survey' });
    const publisher = new KafkaPublisher(kafka);
    const parts: Startable[] = [
      new TopicEventConsumer({
        consumer: this.catalogue,
        topics: config.kafka.submissionsTopics ?? [eventsTopic('submissions')],
        upcasters: submissionsUpcasters,
        subscriber: new KafkaSubscriber(kafka, { groupId: config.kafka.catalogueGroupId ?? this.catalogue.name }),
        publisher,
        pool,
        schema: SURVEY_SCHEMA,
      }),
    ];
    if (config.kafka.relay !== false) {
      await migrateRelayTables(pool, SURVEY_SCHEMA);
      parts.push(new EventLogRelay({ store, service: config.kafka.relayAs ?? 'survey', publisher, pool, schema: SURVEY_SCHEMA }));
    }
    // Stopped last (parts stop in reverse): the dead letters and the relay publish through it.
    return [{ start: async () => undefined, stop: () => publisher.close() }, ...parts];
  }

  private async launch(part: Startable): Promise<void> {
    await part.start();
    this.running.push(part);
  }
}
