import { createKafka, ensureTopics } from '@par/messaging';
import type { Kafka } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { withClient } from '@par/testing';
import { acquireBroker } from './broker';
import { type RunNames, runNames } from './run-names';

/** The server infra/distributed uses by default (infra/postgres/ensure-running.sh makes sure it answers). */
const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';

/** Where the run's platform lives: a fresh database, its own topics on the (maybe shared) broker. */
export interface BenchInfrastructure {
  readonly run: string;
  readonly names: RunNames;
  readonly databaseUrl: string;
  readonly brokers: string;
  readonly kafka: Kafka;
  /** e.g. "PostgreSQL 127.0.0.1:5432, Kafka infra/kafka (already running)". */
  readonly description: string;
  /** Drops the database, deletes the topics and groups, and gives the broker back (broker.ts). */
  close(): Promise<void>;
}

/**
 * The server DATABASE_URL names (its admin database), else the local one; the broker of broker.ts; then a
 * fresh database and the run's topics (3 partitions, as infra/distributed creates them).
 */
export async function openInfrastructure(): Promise<BenchInfrastructure> {
  const admin = process.env.DATABASE_URL ?? LOCAL_POSTGRES;
  // Before the broker: a server that does not answer fails the run with nothing started.
  await withClient(admin, (client) => client.query('SELECT 1'));
  const broker = await acquireBroker();
  const run = randomBytes(4).toString('hex');
  const names = runNames(run);
  const database = `par_bench_latency_${run}`;
  const kafka = createKafka({ brokers: broker.brokers.split(','), clientId: `latency-bench-${run}`, logLevel: 'error' });
  const cleanups: (() => Promise<unknown>)[] = [() => broker.release()];
  const close = async () => {
    // Newest first; every step is tried, the first failure reported.
    let failure: unknown;
    for (const step of cleanups.reverse()) await step().catch((error: unknown) => (failure ??= error));
    if (failure !== undefined) throw failure;
  };
  try {
    await withClient(admin, (client) => client.query(`CREATE DATABASE "${database}"`));
    cleanups.push(() => withClient(admin, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)));
    cleanups.push(() => deleteRunTopicsAndGroups(kafka, names));
    await ensureTopics(kafka, [{ topic: names.topics.submissions }, { topic: names.topics.appraisal }]);
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  const url = new URL(admin);
  url.pathname = `/${database}`;
  const description = `PostgreSQL ${url.host}, Kafka ${broker.source}`;
  return { run, names, databaseUrl: url.toString(), brokers: broker.brokers, kafka, description, close };
}

/** The run's topics, their dead-letter topics if a consumer created any, and the run's consumer groups. */
async function deleteRunTopicsAndGroups(kafka: Kafka, names: RunNames): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ours = new Set([...Object.values(names.topics), ...Object.values(names.topics).map((topic) => `${topic}.dlq`)]);
    const topics = (await admin.listTopics()).filter((topic) => ours.has(topic));
    if (topics.length > 0) await admin.deleteTopics({ topics });
    const existing = new Set((await admin.listGroups()).groups.map((group) => group.groupId));
    const groups = names.groups.filter((group) => existing.has(group));
    if (groups.length > 0) await admin.deleteGroups(groups);
  } finally {
    await admin.disconnect();
  }
}
