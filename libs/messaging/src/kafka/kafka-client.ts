import { Kafka, logLevel } from 'kafkajs';

export type KafkaLogLevel = 'nothing' | 'error' | 'warn' | 'info' | 'debug';

export interface KafkaConnectionOptions {
  brokers: string[];
  /** Shows up in broker logs and quotas: use the service name. */
  clientId: string;
  /** Default 'warn': kafkajs logs every group join at 'info'. */
  logLevel?: KafkaLogLevel;
}

const LEVELS: Record<KafkaLogLevel, logLevel> = {
  nothing: logLevel.NOTHING,
  error: logLevel.ERROR,
  warn: logLevel.WARN,
  info: logLevel.INFO,
  debug: logLevel.DEBUG,
};

/** The one place a kafkajs client is configured; publishers, subscribers and topic admin share it. */
export function createKafka(options: KafkaConnectionOptions): Kafka {
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    logLevel: LEVELS[options.logLevel ?? 'warn'],
  });
}
