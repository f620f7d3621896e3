import { eventsTopic } from '@par/contracts';
import type { EventStore } from '@par/event-store';
import { createKafka, InProcessEventConsumer, KafkaPublisher, KafkaSubscriber, TopicEventConsumer } from '@par/messaging';
import { surveyPointsProjection } from '../projections/submissions-read-model/survey-points.projection';
import type { SubmissionsOptions, SurveyTopic } from '../submissions.config';
import { SUBMISSIONS_SCHEMA } from './tokens';

/** The survey service's log as this service reads it, running. */
export interface SurveySource {
  /** Embedded only: resolves once every survey event committed before the call is applied. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the `submissions-survey` consumer on the configured source, or nothing when none is: in process
 * from the survey log's store, or from its topic (the survey log has no upcasters yet). Call after the
 * read model's and the consumer tables' migrations.
 */
export async function startSurveySource(options: SubmissionsOptions): Promise<SurveySource | null> {
  const { survey } = options;
  if (!survey) return null;
  return isEventStore(survey) ? inProcess(options, survey) : fromTopic(options, survey);
}

function isEventStore(survey: EventStore | SurveyTopic): survey is EventStore {
  return typeof (survey as EventStore).subscribe === 'function';
}

async function inProcess(options: SubmissionsOptions, store: EventStore): Promise<SurveySource> {
  const consumer = new InProcessEventConsumer({
    consumer: surveyPointsProjection,
    source: { service: 'survey', store },
    pool: options.pool,
    schema: SUBMISSIONS_SCHEMA,
    pollIntervalMs: options.pollIntervalMs ?? 100,
  });
  await consumer.start();
  return { caughtUp: () => consumer.caughtUp(), stop: () => consumer.stop() };
}

async function fromTopic(options: SubmissionsOptions, { topic = eventsTopic('survey'), groupIdSuffix = '' }: SurveyTopic): Promise<SurveySource> {
  const brokers = options.kafkaBrokers;
  if (!brokers?.length) throw new Error('survey: reading the survey topic needs kafkaBrokers');
  const kafka = createKafka({ brokers, clientId: surveyPointsProjection.name });
  const publisher = new KafkaPublisher(kafka);
  const consumer = new TopicEventConsumer({
    consumer: surveyPointsProjection,
    topics: [topic],
    subscriber: new KafkaSubscriber(kafka, { groupId: `${surveyPointsProjection.name}${groupIdSuffix}` }),
    publisher,
    pool: options.pool,
    schema: SUBMISSIONS_SCHEMA,
  });
  await consumer.start();
  return {
    caughtUp: async () => undefined,
    stop: async () => {
      await consumer.stop();
      await publisher.close();
    },
  };
}
