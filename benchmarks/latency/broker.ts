import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KAFKA_DIR = join(__dirname, '../../infra/kafka');
const LEASE = join(KAFKA_DIR, '.run', 'leases', String(process.pid));

export interface Broker {
  /** Comma-separated bootstrap brokers (KAFKA_BROKERS's format). */
  readonly brokers: string;
  readonly source: string;
  /** Gives the broker back: stops it only if this run started it and no test run holds a lease on it. */
  release(): Promise<void>;
}

/**
 * KAFKA_BROKERS when set (used as is); else infra/kafka's broker on 127.0.0.1:9092, started if it is down. The
 * bench shares it the way jest runs do (libs/testing kafka-scripts.ts): a lease file while it runs, so no test
 * run stops it underneath; a broker it started is marked as started for tests, so whichever of them leaves
 * last stops it. A broker that was already up is never stopped by the bench.
 */
export async function acquireBroker(): Promise<Broker> {
  const fromEnv = process.env.KAFKA_BROKERS;
  if (fromEnv) return { brokers: fromEnv, source: `KAFKA_BROKERS (${fromEnv})`, release: async () => undefined };
  // The lease first, so a concurrent test run's teardown sees it before start.sh answers.
  mkdirSync(join(KAFKA_DIR, '.run', 'leases'), { recursive: true });
  writeFileSync(LEASE, '');
  let output: string;
  try {
    output = await script('start.sh', { KAFKA_STARTED_FOR: 'tests' });
  } catch (error) {
    rmSync(LEASE, { force: true });
    throw error;
  }
  const started = /^kafka: started /m.test(output);
  return {
    brokers: `127.0.0.1:${process.env.KAFKA_PORT ?? '9092'}`,
    source: `infra/kafka (${started ? 'started by this run' : 'already running'})`,
    release: async () => {
      rmSync(LEASE, { force: true });
      if (started) await script('stop.sh', {}, '--if-unused');
    },
  };
}

function script(name: string, env: NodeJS.ProcessEnv, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('bash', [join(KAFKA_DIR, name), ...args], { env: { ...process.env, ...env }, timeout: 300_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`infra/kafka/${name} failed: ${stdout}${stderr}`));
      else resolve(stdout);
    });
  });
}
