// Resolves PostgreSQL and Kafka once per jest run and hands them to the workers through the environment
// (workers are forked after global setup and inherit process.env).
import { dropStaleTestDatabases } from '../helpers/stale-databases';
import { resolveTestInfrastructure, type TestInfrastructure } from '../infra/resolve';
import { runState } from './run-state';

export default async function globalSetup(): Promise<void> {
  const state = runState();
  state.setup ??= setUp();
  await state.setup;
}

async function setUp(): Promise<TestInfrastructure> {
  const infra = await resolveTestInfrastructure();
  process.env.DATABASE_URL = infra.postgres.url;
  process.env.KAFKA_BROKERS = infra.kafka.brokers;
  // kafkajs 2 warns about its partitioner change on every producer; our code chooses explicitly.
  process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';
  const swept = await dropStaleTestDatabases(infra.postgres.url).catch(() => []);
  const sweptNote = swept.length > 0 ? ` (dropped ${swept.length} stale test databases)` : '';
  process.stdout.write(`\ntest infrastructure: ${infra.description}${sweptNote}\n`);
  return infra;
}
