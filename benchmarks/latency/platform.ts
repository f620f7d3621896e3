import { freePort } from '@par/testing';
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchInfrastructure } from './infrastructure';

const ROOT = join(__dirname, '../..');
const START_TIMEOUT_MS = 180_000;

/** One process of the platform, as the CPU sampler and the report name it. */
export interface PlatformProcess {
  readonly name: string;
  readonly pid: number;
}

export interface DistributedPlatform {
  /** The gateway's origin, e.g. http://127.0.0.1:40123. */
  readonly origin: string;
  readonly processes: readonly PlatformProcess[];
  /** Throws, with the last lines of its log, if a process has exited since the start. */
  assertRunning(): void;
  /** SIGTERM in reverse start order (gateway first), SIGKILL after 10 s; removes the logs unless LATENCY_KEEP_LOGS=1. */
  stop(): Promise<void>;
}

interface Child {
  readonly name: string;
  readonly process: ChildProcess;
  readonly log: string;
  readonly exited: Promise<number | null>;
}

/**
 * The distributed platform as infra/distributed/start.sh runs it: submissions, appraisal and ranking each in its
 * own `node -r @swc-node/register` process (benchmarks/latency/service-process.ts: the run's topics), the
 * gateway from its own main.ts; one database (each service in its schema), the broker between them. Each
 * process's connections carry application_name latency-<service> (PGAPPNAME), so pg_stat_activity tells
 * them apart. Resolves once every gRPC port accepts and the gateway answers.
 */
export async function startPlatform(infrastructure: BenchInfrastructure, secret: string): Promise<DistributedPlatform> {
  const logs = mkdtempSync(join(tmpdir(), 'par-bench-latency-'));
  const [submissions, appraisal, ranking, http] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const common = { DATABASE_URL: infrastructure.databaseUrl, KAFKA_BROKERS: infrastructure.brokers, LATENCY_RUN: infrastructure.run };
  const grpc = { submissions, appraisal, ranking };
  const children: Child[] = [];
  const launch = (name: string, script: string, env: Record<string, string>, args: string[] = []) => {
    const log = join(logs, `${name}.log`);
    const out = openSync(log, 'a');
    const preload = ['-r', '@swc-node/register', '-r', join(__dirname, 'exit-with-parent.ts')];
    // LATENCY_CPU_PROF=ranking,appraisal: V8 CPU profiles of those processes, written when they stop (into the kept logs).
    const profiled = (process.env.LATENCY_CPU_PROF ?? '').split(',').includes(name);
    const profile = profiled ? ['--cpu-prof', '--cpu-prof-dir', join(logs, 'profiles')] : [];
    const child = spawn(process.execPath, [...profile, ...preload, join(ROOT, script), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env, PGAPPNAME: `latency-${name}` },
      stdio: ['ignore', out, out, 'ipc'],
    });
    // The channel only tells the child when the bench is gone: it must not keep the bench alive.
    child.channel?.unref();
    closeSync(out);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    children.push({ name, process: child, log, exited });
  };
  const stop = async () => {
    for (const child of [...children].reverse()) child.process.kill('SIGTERM');
    const timeout = setTimeout(() => children.forEach((child) => child.process.kill('SIGKILL')), 10_000);
    await Promise.all(children.map((child) => child.exited));
    clearTimeout(timeout);
    if (process.env.LATENCY_KEEP_LOGS === '1' || process.env.LATENCY_CPU_PROF) process.stderr.write(`latency: the services' logs are in ${logs}\n`);
    else rmSync(logs, { recursive: true, force: true });
  };
  try {
    for (const name of ['submissions', 'appraisal', 'ranking'] as const)
      launch(name, 'benchmarks/latency/service-process.ts', { ...common, GRPC_URL: `127.0.0.1:${grpc[name]}` }, [name]);
    launch('gateway', 'apps/gateway/src/main.ts', {
      PORT: String(http),
      HOST: '127.0.0.1',
      PAR_JWT_SECRET: secret,
      SUBMISSIONS_GRPC_URL: `127.0.0.1:${submissions}`,
      APPRAISAL_GRPC_URL: `127.0.0.1:${appraisal}`,
      RANKING_GRPC_URL: `127.0.0.1:${ranking}`,
    });
    await whileAlive(children, Promise.all([...Object.values(grpc), http].map((port) => portAccepts(port))));
    return {
      origin: `http://127.0.0.1:${http}`,
      processes: children.map((child) => ({ name: child.name, pid: child.process.pid ?? -1 })),
      assertRunning: () => {
        const dead = children.find((child) => child.process.exitCode !== null || child.process.signalCode !== null);
        if (dead) throw new Error(`${dead.name} exited during the run:\n${logTail(dead)}`);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The work, unless a child exits first (then its log's last lines say why) or the start takes too long. */
async function whileAlive<T>(children: readonly Child[], work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const died = children.map(async (child) => {
    const code = await child.exited;
    throw new Error(`${child.name} exited (code ${code}) during start-up:\n${logTail(child)}`);
  });
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the platform did not start in ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work, late, ...died]);
  } finally {
    clearTimeout(timer);
    // The losers of the race must not become unhandled rejections when the platform stops later.
    died.forEach((promise) => promise.catch(() => undefined));
  }
}

function logTail(child: Child): string {
  return readFileSync(child.log, 'utf8').split('\n').slice(-20).join('\n');
}

/** Resolves once 127.0.0.1:port accepts a TCP connection (the server listens: Nest listens last). */
async function portAccepts(port: number): Promise<void> {
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.setTimeout(1_000, () => socket.destroy());
      socket.once('error', () => undefined); // 'close' follows: not listening yet
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('close', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
