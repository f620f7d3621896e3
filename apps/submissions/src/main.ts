import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Pool } from 'pg';
import { submissionsGrpcOptions } from './api/grpc-options';
import { SubmissionsModule } from './submissions.module';

/** Distributed mode: the submissions service alone; its log relayed to Kafka, gRPC for commands and queries. */
async function main(): Promise<void> {
  const pool = new Pool({ connectionString: required('DATABASE_URL') });
  const kafkaBrokers = required('KAFKA_BROKERS').split(',').map((broker) => broker.trim());
  const module = SubmissionsModule.register({ mode: 'distributed', pool, kafkaBrokers });
  const app = await NestFactory.createMicroservice(module, submissionsGrpcOptions(process.env.GRPC_URL ?? '0.0.0.0:50051'));
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
