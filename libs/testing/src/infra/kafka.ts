// Resolves the Kafka brokers for tests: KAFKA_BROKERS, else a container if Docker answers, else infra/kafka.
import { dockerRuntime } from './docker';
import { startKafkaContainer } from './kafka-container';
import { startKafkaScripts } from './kafka-scripts';
import type { ResolvedKafka } from './types';

export async function resolveKafka(): Promise<ResolvedKafka> {
  const fromEnv = process.env.KAFKA_BROKERS;
  if (fromEnv) return { brokers: fromEnv, source: `KAFKA_BROKERS (${fromEnv})` };

  const runtime = await dockerRuntime();
  if (runtime) return startKafkaContainer(runtime);

  return startKafkaScripts();
}
