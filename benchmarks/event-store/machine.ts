/**
 * What the numbers were measured on: throughput means nothing without the node, PostgreSQL, cores
 * and the durability settings (a server with fsync off or synchronous_commit off is another world).
 */
import { cpus, totalmem } from 'node:os';
import { Client } from 'pg';

export interface MachineInfo {
  readonly node: string;
  readonly postgres: string;
  readonly cores: number;
  readonly cpuModel: string;
  readonly memoryGiB: number;
  readonly platform: string;
  /** PostgreSQL settings that move commit-bound numbers the most. */
  readonly pgSettings: Readonly<Record<string, string>>;
}

const SETTINGS = ['fsync', 'synchronous_commit', 'wal_sync_method', 'shared_buffers', 'max_wal_size', 'commit_delay'];

export async function machineInfo(adminConnectionString: string): Promise<MachineInfo> {
  const client = new Client({ connectionString: adminConnectionString });
  await client.connect();
  try {
    const version = await client.query<{ server_version: string }>('SHOW server_version');
    const settings = await client.query<{ name: string; setting: string; unit: string | null }>(
      'SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1::text[]) ORDER BY name',
      [SETTINGS],
    );
    const cores = cpus();
    return {
      node: process.version,
      postgres: version.rows[0]?.server_version ?? 'unknown',
      cores: cores.length,
      cpuModel: cores[0]?.model ?? 'unknown',
      memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      platform: `${process.platform}-${process.arch}`,
      pgSettings: Object.fromEntries(settings.rows.map((row) => [row.name, row.unit ? `${row.setting} (${row.unit})` : row.setting])),
    };
  } finally {
    await client.end();
  }
}
