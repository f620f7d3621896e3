// Messaging port
export * from './port/message-publisher';
export * from './port/message-subscriber';
// Kafka adapter (the only place that knows kafkajs)
export * from './kafka/kafka-client';
export * from './kafka/kafka-publisher';
export * from './kafka/kafka-subscriber';
export * from './kafka/ensure-topics';
// Event log → topic
export * from './relay/event-log-relay';
export { migrateRelayTables } from './relay/relay-checkpoints';
// Consumers
export * from './consumer/event-consumer';
export { migrateConsumerTables } from './consumer/consumer-tables';
export * from './topic-transport/topic-event-consumer';
export * from './in-process/in-process-event-consumer';
// A read model rebuilt from its logs, beside the live transport
export { LogReplay, type LogReplayOptions, type LogReplayResult } from './in-process/log-replay';
export { resetConsumers } from './in-process/consumer-reset';
