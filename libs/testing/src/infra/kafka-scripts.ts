// Runs infra/kafka/start.sh and stop.sh (a real broker from Maven jars, no Docker).
// Several jest runs may share one broker (people and agents work side by side on one machine): each run
// holds a lease file (.run/leases/<pid>) while it uses the broker. A broker that a test run started
// (start.sh with KAFKA_STARTED_FOR=tests marks it) is stopped by the last run to leave: `stop.sh --if-unused`
// checks marker and leases under the scripts' lock. A broker started by hand (`npm run kafka:start`) stays.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ResolvedKafka } from './types';

const KAFKA_DIR = path.resolve(__dirname, '../../../../infra/kafka');
const LEASE = path.join(KAFKA_DIR, '.run', 'leases', String(process.pid));

export async function startKafkaScripts(): Promise<ResolvedKafka> {
  // The lease is taken before start.sh, so a concurrent teardown's stop sees it.
  fs.mkdirSync(path.dirname(LEASE), { recursive: true });
  fs.writeFileSync(LEASE, '');
  let output: string;
  try {
    output = await runScript('start.sh', { KAFKA_STARTED_FOR: 'tests' });
  } catch (error) {
    fs.rmSync(LEASE, { force: true });
    throw error;
  }
  const started = /^kafka: started /m.test(output);
  return {
    brokers: `127.0.0.1:${process.env.KAFKA_PORT ?? '9092'}`,
    source: `infra/kafka scripts (${started ? 'started' : 'already running'})`,
    stop: async () => {
      fs.rmSync(LEASE, { force: true });
      // PAR_TEST_KEEP_KAFKA=1 leaves the broker up so the next run starts instantly.
      if (process.env.PAR_TEST_KEEP_KAFKA === '1') return;
      await runScript('stop.sh', {}, '--if-unused');
    },
  };
}

/** Runs a script of infra/kafka; stdout is returned, stderr (fetch progress, failure logs) shown as it comes. */
function runScript(name: string, env: NodeJS.ProcessEnv = {}, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [path.join(KAFKA_DIR, name), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`infra/kafka/${name} failed (exit ${code}):\n${stdout}${stderr}`));
    });
  });
}
