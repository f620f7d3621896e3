import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCycleFile } from '@par/contracts';
import { type BenchProvince, benchProvince } from './bench-cycles';
import { freePort } from './free-port';
import { type RunningPlatform, runPar, startPlatform } from './par-process';
import { preloadStatementStats } from './pg-stats';

export interface PreparedSize {
  readonly province: BenchProvince;
  readonly platform: RunningPlatform;
  readonly dataDir: string;
  readonly jwtSecret: string;
}

/**
 * A fresh data dir under `work` with the size's two bench cycles imported by `par import`, then `npm start`
 * on it (which imports the demo cycle too, as the issue measured it).
 */
export async function prepareSize(
  size: number,
  work: string,
  options: { cpuProfileDir?: string; pgStatsDir?: string },
  log: (line: string) => void,
): Promise<PreparedSize> {
  const province = benchProvince(size);
  const dataDir = join(work, 'data');
  log(`${size}x: ${province.units.length} units; importing the two bench cycles into a fresh embedded database …`);
  for (const [name, file] of [
    ['appraisal', province.appraisalFile],
    ['self', province.selfFile],
  ] as const) {
    const path = join(work, `${name}.json`);
    writeFileSync(path, writeCycleFile(file));
    await runPar(['import', path], dataDir);
  }
  if (options.pgStatsDir) preloadStatementStats(dataDir);
  const jwtSecret = randomBytes(32).toString('hex');
  log(`${size}x: starting the platform (npm start: demo import, gRPC, gateway) …`);
  const platform = await startPlatform({ dataDir, port: await freePort(), jwtSecret, cpuProfileDir: options.cpuProfileDir });
  return { province, platform, dataDir, jwtSecret };
}
