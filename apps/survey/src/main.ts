import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { parseConfig, runMain } from '@par/config';
import { Pool } from 'pg';
import { surveyGrpcOptions } from './infrastructure/survey-grpc-options';
import { surveyEnvironmentSchema } from './survey.config';
import { SurveyModule } from './survey.module';

/**
 * Distributed mode: the survey service alone (DATABASE_URL, KAFKA_BROKERS, GRPC_URL). Its cycle catalogue
 * follows par.submissions.events.v1, its log is relayed to par.survey.events.v1 (SurveyRuntime), gRPC serves
 * par.survey.v1. Bootstrap only.
 */
async function main(): Promise<void> {
  const env = parseConfig('survey', surveyEnvironmentSchema, process.env);
  const pool = new Pool({ connectionString: env.DATABASE_URL });
  // An idle connection ended by the server is replaced by the pool; only say so.
  pool.on('error', (error) => console.error(`survey: idle database connection lost: ${error.message}`));
  const module = SurveyModule.register({ mode: 'distributed', pool, databaseUrl: env.DATABASE_URL, kafka: { brokers: env.KAFKA_BROKERS } });
  const app = await NestFactory.createMicroservice(module, surveyGrpcOptions(env.GRPC_URL));
  app.enableShutdownHooks();
  await app.listen();
  process.once('beforeExit', () => void pool.end());
}

runMain(main);
