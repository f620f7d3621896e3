import { kafkaBrokers } from '@par/testing';
import type { Kafka } from 'kafkajs';
import type { Pool } from 'pg';
import { createKafka } from '../kafka/kafka-client';
import { KafkaTransportHarness } from '../testing/kafka-transport.harness';
import { testDatabasePool } from '../testing/test-database-pool';
import { describeTransportContract } from '../testing/transport-contract';

let database: Awaited<ReturnType<typeof testDatabasePool>>;
let pool: Pool;
let kafka: Kafka;

beforeAll(async () => {
  database = await testDatabasePool('messaging_kafka');
  pool = database.pool;
  kafka = createKafka({ brokers: kafkaBrokers(), clientId: 'messaging-kafka-spec', logLevel: 'error' });
});

afterAll(async () => {
  await database?.close();
});

describeTransportContract({ name: 'Kafka (relay → topic → consumer group)', harness: () => KafkaTransportHarness.create(kafka, pool) });
