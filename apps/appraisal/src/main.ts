import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Pool } from 'pg';
import { appraisalGrpcOptions } from './api/grpc-options';
import { AppraisalModule } from './appraisal.module';

/** Distributed mode: the appraisal service alone, Kafka in and out, gRPC for commands and queries. */
async function main(): Promise<void> {
  const databaseUrl = required('DATABASE_URL');
  const pool = new Pool({ connectionString: databaseUrl });
  const brokers = required('KAFKA_BROKERS').split(',').map((broker) => broker.trim());
  const module = AppraisalModule.register({ mode: 'distributed', pool, databaseUrl, kafka: { brokers } });
  const app = await NestFactory.createMicroservice(module, appraisalGrpcOptions(process.env.GRPC_URL ?? '0.0.0.0:50052'));
  app.enableShutdownHooks();
  await app.listen();
  process.once('beforeExit', () => void pool.end());
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

void main();
