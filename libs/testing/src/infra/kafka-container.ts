// Kafka in Docker for machines that have an engine. @testcontainers/kafka 11.x only drives Confluent images
// (it runs /etc/confluent/docker/run), so the official apache/kafka image (KRaft, same major as infra/kafka)
// is started as a generic container. The host port is fixed before start, so the broker can advertise the
// address clients will really use, without the start-script dance KafkaContainer does.
import * as net from 'node:net';
import type { ContainerRuntimeClient } from 'testcontainers';
import type { ResolvedKafka } from './types';

const KAFKA_IMAGE = process.env.KAFKA_IMAGE ?? 'apache/kafka:4.4.0';

export async function startKafkaContainer(runtime: ContainerRuntimeClient): Promise<ResolvedKafka> {
  const { GenericContainer, Wait } = await import('testcontainers');
  const host = runtime.info.containerRuntime.host;
  const port = await freeLocalPort();
  const container = await new GenericContainer(KAFKA_IMAGE)
    .withExposedPorts({ container: port, host: port })
    // Any KAFKA_* variable replaces the image's default config, so the whole KRaft setup is spelled out.
    .withEnvironment({
      KAFKA_NODE_ID: '1',
      KAFKA_PROCESS_ROLES: 'broker,controller',
      KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
      KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
      KAFKA_LISTENERS: `PLAINTEXT://0.0.0.0:${port},CONTROLLER://localhost:9093`,
      KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://${host}:${port}`,
      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      KAFKA_INTER_BROKER_LISTENER_NAME: 'PLAINTEXT',
      KAFKA_NUM_PARTITIONS: '3',
      KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'true',
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
      KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR: '1',
      KAFKA_MIN_INSYNC_REPLICAS: '1',
      KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
    })
    .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
    .withStartupTimeout(120_000)
    .start();
  return {
    brokers: `${host}:${port}`,
    source: `testcontainers (${KAFKA_IMAGE})`,
    stop: async () => {
      await container.stop();
    },
  };
}

function freeLocalPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
