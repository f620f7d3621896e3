import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { parseConfig, runMain } from '@par/config';
import { Pool } from 'pg';
import { appraisalEnvironmentSchema } from './appraisal.config';
import { AppraisalModule } from './appraisal.module';
import { appraisalGrpcOptions } from './infrastructure/appraisal-grpc-options';

/** Distributed mode: the appraisal service alone, Kafka in and out, gRPC for commands and queries. */
async function main(): Promise<void> {
  const env = parseConfig('appraisal', appraisalEnvironmentSchema, process.env);
  const pool = new Pool({ connectionString: env.DATABASE_URL });
  const module = AppraisalModule.register({ mode: 'distributed', pool, databaseUrl: env.DATABASE_URL, kafka: { brokers: env.KAFKA_BROKERS } });
  const app = await NestFactory.createMicroservice(module, appraisalGrpcOptions(env.GRPC_URL));
  app.enableShutdownHooks();
  await app.listen();
  process.once('beforeExit', () => void pool.end());
}

runMain(main);
