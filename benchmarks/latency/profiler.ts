import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { CpuUsage, type ProcessGroups } from './cpu-usage';
import type { Distribution } from './stats';
import type { PlatformProcess } from './platform';
import { WaitSampler } from './wait-sampler';

/** What a phase cost and where its connections waited: the profile evidence beside each figure. */
export interface PhaseProfile {
  /** Cores in use per process: each service, the bench, the database backends per service (pg:<service>), the broker. */
  readonly cores: Record<string, number>;
  /** The whole machine (every process, other people's included), and what is left of it once ours are counted. */
  readonly machineBusyCores: number;
  readonly otherCores: number;
  /** Mean connections per service and state, and the ages of the server's oldest writers (wait-sampler.ts). */
  readonly dbConnections: Record<string, Record<string, number>>;
  readonly oldestWriterMs: Record<string, Distribution>;
}

/** Samples CPU (/proc) and the database's wait events during a phase. */
export class Profiler {
  private constructor(
    private readonly cpu: CpuUsage,
    private readonly waits: WaitSampler,
    private readonly groups: () => Promise<ProcessGroups>,
  ) {}

  static async start(pool: Pool, databaseUrl: string, processes: readonly PlatformProcess[]): Promise<Profiler> {
    const groups = () => processGroups(pool, processes);
    const waits = new WaitSampler(databaseUrl);
    await waits.start();
    return new Profiler(new CpuUsage(await groups()), waits, groups);
  }

  async finish(): Promise<PhaseProfile> {
    const { cores, machineBusyCores } = this.cpu.finish(await this.groups());
    const ours = Object.values(cores).reduce((sum, value) => sum + value, 0);
    const { connections, oldestWriterMs } = await this.waits.stop();
    return { cores, machineBusyCores, otherCores: Math.max(0, Math.round((machineBusyCores - ours) * 100) / 100), dbConnections: connections, oldestWriterMs };
  }
}

async function processGroups(pool: Pool, processes: readonly PlatformProcess[]): Promise<ProcessGroups> {
  const groups = new Map<string, number[]>(processes.map(({ name, pid }) => [name, [pid]]));
  groups.set('bench', [process.pid]);
  const { rows } = await pool.query<{ application_name: string; pids: number[] }>(
    `SELECT application_name, array_agg(pid) AS pids FROM pg_stat_activity WHERE datname = current_database() GROUP BY application_name`,
  );
  for (const { application_name: name, pids } of rows) if (name.startsWith('latency-')) groups.set(`pg:${name.slice('latency-'.length)}`, pids);
  const broker = brokerPid();
  if (broker !== null) groups.set('kafka-broker', [broker]);
  return groups;
}

/** infra/kafka's broker, when it runs here (its pid file, and really a Kafka JVM). */
function brokerPid(): number | null {
  try {
    const pid = Number(readFileSync(join(__dirname, '../../infra/kafka/.run/kafka.pid'), 'utf8').trim());
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('kafka.Kafka') ? pid : null;
  } catch {
    return null;
  }
}
