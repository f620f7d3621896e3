import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { parseConfig, runMain } from '@par/config';
import { eventsTopic } from '@par/contracts';
import { Pool } from 'pg';
import { submissionsGrpcOptions } from './infrastructure/grpc/submissions-grpc-options';
import { submissionsEnvironmentSchema } from './submissions.config';
import { SubmissionsModule } from './submissions.module';

/**
 * Distributed mode: the submissions service alone; its log relayed to Kafka, gRPC for commands and queries;
 * with SUBMISSIONS_SURVEY_SOURCE=true the survey's topic feeds the survey-held leaves' points (progress).
 */
async function main(): Promise<void> {
  const config = parseConfig('submissions', submissionsEnvironmentSchema, process.env);
  const pool = new Pool({ connectionString: config.DATABASE_URL });
  const survey = config.SUBMISSIONS_SURVEY_SOURCE ? { survey: { topic: eventsTopic('survey') } } : {};
  const module = SubmissionsModule.register({ mode: 'distributed', pool, kafkaBrokers: config.KAFKA_BROKERS, ...survey });
  const app = await NestFactory.createMicroservice(module, submissionsGrpcOptions(config.GRPC_URL));
  app.enableShutdownHooks();
  await app.listen();
  process.once('beforeExit', () => void pool.end());
}

runMain(main);
