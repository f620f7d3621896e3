/**
 * One service of the distributed platform in its own process, as apps/<service>/src/main.ts starts it (same
 * modules, same pool and consumer defaults, same environment: DATABASE_URL, KAFKA_BROKERS, GRPC_URL), except
 * that the Kafka topics and groups are the run's own (LATENCY_RUN, see run-names.ts): the broker may be shared.
 * The gateway has no Kafka: the bench starts its own main.ts.
 * Usage: LATENCY_RUN=<run> node -r @swc-node/register benchmarks/latency/service-process.ts submissions|appraisal|ranking
 */
import 'reflect-metadata';
import type { INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { appraisalEnvironmentSchema, appraisalGrpcOptions, AppraisalModule } from '@par/appraisal';
import { parseConfig, runMain } from '@par/config';
import { createKafka } from '@par/messaging';
import { rankingEnvironmentSchema, rankingGrpcOptions, RankingModule } from '@par/ranking';
import { submissionsEnvironmentSchema, submissionsGrpcOptions, SubmissionsModule } from '@par/submissions';
import { Pool } from 'pg';
import { runNames } from './run-names';

const SERVICES = ['submissions', 'appraisal', 'ranking'] as const;

async function submissions(names: ReturnType<typeof runNames>): Promise<INestMicroservice> {
  const env = parseConfig('submissions', submissionsEnvironmentSchema, process.env);
  const pool = ownPool(env.DATABASE_URL);
  const module = SubmissionsModule.register({ mode: 'distributed', pool, kafkaBrokers: env.KAFKA_BROKERS, relayAs: names.relayAs.submissions });
  return NestFactory.createMicroservice(module, submissionsGrpcOptions(env.GRPC_URL));
}

async function appraisal(names: ReturnType<typeof runNames>): Promise<INestMicroservice> {
  const env = parseConfig('appraisal', appraisalEnvironmentSchema, process.env);
  const kafka = {
    brokers: env.KAFKA_BROKERS,
    submissionsTopics: [names.topics.submissions],
    startsGroupId: names.startsGroupId,
    relayAs: names.relayAs.appraisal,
  };
  const module = AppraisalModule.register({ mode: 'distributed', pool: ownPool(env.DATABASE_URL), databaseUrl: env.DATABASE_URL, kafka });
  return NestFactory.createMicroservice(module, appraisalGrpcOptions(env.GRPC_URL));
}

async function ranking(names: ReturnType<typeof runNames>): Promise<INestMicroservice> {
  const env = parseConfig('ranking', rankingEnvironmentSchema, process.env);
  const kafka = createKafka({ brokers: env.KAFKA_BROKERS, clientId: 'ranking' });
  const sources = { kafka, topics: names.topics, groupIdSuffix: names.groupIdSuffix };
  const module = RankingModule.register({ pool: ownPool(env.DATABASE_URL), mode: 'distributed', sources });
  return NestFactory.createMicroservice(module, rankingGrpcOptions(env.GRPC_URL));
}

/** The pool main.ts builds (pg's defaults: 10 connections); an idle connection lost is replaced, not fatal. */
function ownPool(connectionString: string): Pool {
  const pool = new Pool({ connectionString });
  pool.on('error', (error) => console.error(`idle database connection lost: ${error.message}`));
  process.once('beforeExit', () => void pool.end());
  return pool;
}

async function main(): Promise<void> {
  const service = SERVICES.find((name) => name === process.argv[2]);
  const run = process.env.LATENCY_RUN;
  if (!service || !run) throw new Error(`usage: LATENCY_RUN=<run> service-process.ts ${SERVICES.join('|')}`);
  const app = await { submissions, appraisal, ranking }[service](runNames(run));
  app.enableShutdownHooks();
  await app.listen();
}

runMain(main);
