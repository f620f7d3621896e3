import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { PostgresEventStore } from '@par/event-store';
import { createKafka, EventLogRelay, InProcessEventConsumer, KafkaPublisher, migrateConsumerTables, migrateRelayTables } from '@par/messaging';
import { migrateReadModel } from '../projections/submissions-read-model/read-model.migrations';
import { submissionsReadModel } from '../projections/submissions-read-model/submissions-read-model.projection';
import type { SubmissionsOptions } from '../submissions.config';
import { startSurveySource, type SurveySource } from './survey-source';
import { EVENT_STORE, SUBMISSIONS_OPTIONS, SUBMISSIONS_SCHEMA } from './tokens';

const SERVICE = 'submissions';

/**
 * The service's log and what runs off it: the schema's migrations, the read model's in-process consumer
 * (both modes: it is this service's own log), distributed the relay to Kafka, and when configured the
 * survey log's consumer (the points it applies, into the same read model).
 */
@Injectable()
export class SubmissionsLog implements OnModuleInit, OnApplicationShutdown {
  private readModel: InProcessEventConsumer | null = null;
  private relay: EventLogRelay | null = null;
  private publisher: KafkaPublisher | null = null;
  private survey: SurveySource | null = null;

  constructor(
    @Inject(SUBMISSIONS_OPTIONS) private readonly options: SubmissionsOptions,
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
  ) {}

  async onModuleInit(): Promise<void> {
    const { pool } = this.options;
    await this.store.migrate();
    await migrateReadModel(pool);
    await migrateConsumerTables(pool, SUBMISSIONS_SCHEMA);
    this.readModel = new InProcessEventConsumer({
      consumer: submissionsReadModel,
      source: { service: SERVICE, store: this.store },
      pool,
      schema: SUBMISSIONS_SCHEMA,
      pollIntervalMs: this.options.pollIntervalMs ?? 100,
    });
    await this.readModel.start();
    if (this.options.mode === 'distributed') await this.startRelay();
    this.survey = await startSurveySource(this.options);
  }

  /** Resolves once the read model has applied every event committed before the call, to this log and (in process) to the survey's. */
  async readModelCaughtUp(): Promise<void> {
    await this.readModel?.caughtUp();
    await this.survey?.caughtUp();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.survey?.stop();
    await this.relay?.stop();
    await this.publisher?.close();
    await this.readModel?.stop();
  }

  private async startRelay(): Promise<void> {
    const brokers = this.options.kafkaBrokers;
    if (!brokers?.length) throw new Error('distributed mode needs kafkaBrokers');
    await migrateRelayTables(this.options.pool, SUBMISSIONS_SCHEMA);
    this.publisher = new KafkaPublisher(createKafka({ brokers, clientId: SERVICE }));
    this.relay = new EventLogRelay({
      store: this.store,
      service: this.options.relayAs ?? SERVICE,
      publisher: this.publisher,
      pool: this.options.pool,
      schema: SUBMISSIONS_SCHEMA,
    });
    await this.relay.start();
  }
}
