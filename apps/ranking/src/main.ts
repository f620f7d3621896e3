// Distributed mode: the ranking service as its own process (DATABASE_URL, KAFKA_BROKERS, GRPC_URL). Bootstrap only.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createKafka } from '@par/messaging';
import { Pool } from 'pg';
import { rankingGrpcOptions } from './api/grpc-options';
import { RankingModule } from './ranking.module';

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  const brokers = process.env.KAFKA_BROKERS?.split(',').map((broker) => broker.trim()).filter(Boolean);
  if (!databaseUrl || !brokers?.length) throw new Error('ranking: set DATABASE_URL and KAFKA_BROKERS');
  const pool = new Pool({ connectionString: databaseUrl });
  // An idle connection ended by the server is replaced by the pool; only say so.
  pool.on('error', (error) => console.error(`ranking: idle database connection lost: ${error.message}`));
  const kafka = createKafka({ brokers, clientId: 'ranking' });
  const module = RankingModule.register({ pool, mode: 'distributed', sources: { kafka } });
  const app = await NestFactory.createMicroservice(module, rankingGrpcOptions(process.env.GRPC_URL ?? '0.0.0.0:50053'));
  app.enableShutdownHooks();
  await app.listen();
  process.once('beforeExit', () => void pool.end());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
