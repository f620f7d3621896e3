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
import { APPRAISAL_SCHEMA, type AppraisalOptions } from '../appraisal.config';
import { migrateAppraisalSheet } from '../projections/appraisal-sheet/appraisal-sheet.migrations';
import { AppraisalSheetProjector } from '../projections/appraisal-sheet/appraisal-sheet.projector';
import { AppraisalStartsConsumer } from '../start-from-submission/start-from-submission.consumer';
import { APPRAISAL_CONFIG, APPRAISAL_EVENT_STORE } from './tokens';

interface Startable {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Migrates the service's schema, then starts what moves events: the sheet projection over the
 * service's own log, the starts consumer fed by the submissions service (in process or from Kafka)
 * and, distributed, the relay of this log to par.appraisal.events.v1.
 */
@Injectable()
export class AppraisalRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly running: Startable[] = [];
  private sheets?: InProcessEventConsumer;
  private startsInProcess?: InProcessEventConsumer;

  constructor(
    @Inject(APPRAISAL_CONFIG) private readonly config: AppraisalOptions,
    @Inject(APPRAISAL_EVENT_STORE) private readonly store: EventStore & { migrate?: () => Promise<void> },
    private readonly projector: AppraisalSheetProjector,
    private readonly starts: AppraisalStartsConsumer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { pool } = this.config;
    await this.store.migrate?.();
    await migrateConsumerTables(pool, APPRAISAL_SCHEMA);
    await migrateAppraisalSheet(pool);
    this.sheets = new InProcessEventConsumer({
      consumer: this.projector,
      source: { service: 'appraisal', store: this.store },
      pool,
      schema: APPRAISAL_SCHEMA,
    });
    await this.launch(this.sheets);
    for (const part of await this.transportParts()) await this.launch(part);
  }

  async onApplicationShutdown(): Promise<void> {
    for (const part of this.running.splice(0).reverse()) await part.stop();
  }

  /** Resolves once the sheet has every event committed to the log before the call (tests, CLI). */
  async sheetsCaughtUp(): Promise<void> {
    await this.sheets?.caughtUp();
  }

  /**
   * Embedded mode: resolves once every submission committed before the call has started its appraisal
   * (the CLI waits on it before appraising what it just submitted). Distributed: nothing to wait on here.
   */
  async startsCaughtUp(): Promise<void> {
    await this.startsInProcess?.caughtUp();
  }

  private async transportParts(): Promise<Startable[]> {
    const { config, store } = this;
    const { pool } = config;
    if (config.mode === 'embedded') {
      this.startsInProcess = new InProcessEventConsumer({
        consumer: this.starts,
        source: { service: 'submissions', store: config.submissions },
        pool,
        schema: APPRAISAL_SCHEMA,
      });
      return [this.startsInProcess];
    }
    const kafka = createKafka({ brokers: config.kafka.brokers, clientId: 'appraisal' });
    const publisher = new KafkaPublisher(kafka);
    const parts: Startable[] = [
      new TopicEventConsumer({
        consumer: this.starts,
        topics: config.kafka.submissionsTopics ?? [eventsTopic('submissions')],
        upcasters: submissionsUpcasters,
        subscriber: new KafkaSubscriber(kafka, { groupId: config.kafka.startsGroupId ?? this.starts.name }),
        publisher,
        pool,
        schema: APPRAISAL_SCHEMA,
      }),
    ];
    if (config.kafka.relay !== false) {
      await migrateRelayTables(pool, APPRAISAL_SCHEMA);
      parts.push(new EventLogRelay({ store, service: config.kafka.relayAs ?? 'appraisal', publisher, pool, schema: APPRAISAL_SCHEMA }));
    }
    // Stopped last (parts stop in reverse): the dead letters and the relay publish through it.
    return [{ start: async () => undefined, stop: () => publisher.close() }, ...parts];
  }

  private async launch(part: Startable): Promise<void> {
    await part.start();
    this.running.push(part);
  }
}
