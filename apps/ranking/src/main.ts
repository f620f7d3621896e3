// Distributed mode: the ranking service as its own process (DATABASE_URL, KAFKA_BROKERS, GRPC_URL, RANKING_SURVEY_SOURCE). Bootstrap only.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { parseConfig, runMain } from '@par/config';
import { createKafka } from '@par/messaging';
import { Pool } from 'pg';
import { rankingGrpcOptions } from './infrastructure/ranking-grpc-options';
import { rankingEnvironmentSchema } from './ranking.config';
import { RankingModule } from './ranking.module';

async function main(): Promise<void> {
  const environment = parseConfig('ranking', rankingEnvironmentSchema, process.env);
  const pool = new Pool({ connectionString: environment.DATABASE_URL });
  // An idle connection ended by the server is replaced by the pool; only say so.
  pool.on('error', (error) => console.error(`ranking: idle database connection lost: ${error.message}`));
  const kafka = createKafka({ brokers: environment.KAFKA_BROKERS, clientId: 'ranking' });
  const module = RankingModule.register({ pool, mode: 'distributed', sources: { kafka, survey: environment.RANKING_SURVEY_SOURCE } });
  const app = await NestFactory.createMicroservice(module, rankingGrpcOptions(environment.GRPC_URL));
  app.enableShutdownHooks();
  await app.listen();
  process.once('beforeExit', () => void pool.end());
}

runMain(main);
