import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { parseConfig, runMain } from '@par/config';
import { Pool } from 'pg';
import { submissionsGrpcOptions } from './infrastructure/grpc/submissions-grpc-options';
import { submissionsEnvironmentSchema } from './submissions.config';
import { SubmissionsModule } from './submissions.module';

/** Distributed mode: the submissions service alone; its log relayed to Kafka, gRPC for commands and queries. */
async function main(): Promise<void> {
  const config = parseConfig('submissions', submissionsEnvironmentSchema, process.env);
  const pool = new Pool({ connectionString: config.DATABASE_URL });
  const module = SubmissionsModule.register({ mode: 'distributed', pool, kafkaBrokers: config.KAFKA_BROKERS });
  const app = await NestFactory.createMicroservice(module, submissionsGrpcOptions(config.GRPC_URL));
  app.enableShutdownHooks();
  await app.listen();
  process.once('beforeExit', () => void pool.end());
}

runMain(main);
