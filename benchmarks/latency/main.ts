/**
 * `npm run bench -- latency [options]` (options.ts): the Kafka path's latency in distributed mode over a real
 * broker. Appraisal commands through the gateway's HTTP at a fixed rate (open loop, 200/s for 60 s), each timed
 * from its 2xx until ranking's read model shows it; at 1x (100 units), then a ramp of the rate on the same cycle
 * that finds where p99 passes 1 s, then at 10x (1,000 units) on the same rate. One JSON line per figure on
 * stdout, progress on stderr; everything the run started (processes, database, topics, groups, a broker) is
 * undone at the end.
 */
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { AppraisalTargets } from './appraisal-targets';
import { appraiser, benchCycle } from './bench-cycle';
import { setUpCycle } from './cycle-setup';
import { HttpClient } from './http-client';
import { type BenchInfrastructure, openInfrastructure } from './infrastructure';
import { parseOptions, USAGE } from './options';
import type { PhaseContext } from './phase';
import { runPhase } from './phase';
import { type DistributedPlatform, startPlatform } from './platform';
import { runRamp } from './ramp';
import { latencyLine } from './report';
import { Tokens } from './tokens';
import { TopicTap } from './topic-tap';

const progress = (text: string) => process.stderr.write(`${text}\n`);

export async function main(argv: readonly string[]): Promise<number> {
  const options = parseOptions(argv);
  if (!options) {
    process.stderr.write(USAGE);
    return 2;
  }
  const secret = randomBytes(32).toString('hex');
  const undo: (() => Promise<unknown>)[] = [];
  // Once, whoever asks first: the end of the run, or a signal while the run is still going.
  let unwinding: Promise<void> | null = null;
  const cleanUp = () => (unwinding ??= unwind(undo));
  // Ctrl-C or a kill: undo what was started (the services, the database, the topics, the broker's lease), then exit.
  const interrupted = (signal: NodeJS.Signals) => {
    progress(`latency: ${signal}, cleaning up …`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    progress('latency: resolving PostgreSQL and Kafka, creating the run’s database and topics …');
    const infrastructure: BenchInfrastructure = await openInfrastructure();
    undo.push(() => infrastructure.close());
    progress(`latency: ${infrastructure.description}; run ${infrastructure.run}; starting the distributed platform …`);
    const platform: DistributedPlatform = await startPlatform(infrastructure, secret);
    undo.push(() => platform.stop());
    const pool = new Pool({ connectionString: infrastructure.databaseUrl, max: 4, application_name: 'latency-bench' });
    undo.push(() => pool.end());
    const http = new HttpClient(platform.origin);
    undo.push(async () => http.close());
    const tokens = new Tokens(secret);
    const base = {
      platform,
      databaseUrl: infrastructure.databaseUrl,
      pool,
      http,
      appraiserToken: await tokens.of(appraiser),
      tap: new TopicTap(infrastructure.kafka, infrastructure.names.topics.appraisal, infrastructure.names.tapGroupId),
      pollMs: options.pollMs,
    };
    let seq = 0;
    for (const [index, size] of options.sizes.entries()) {
      const cycle = benchCycle(`latency-${size}x`, options.units * size, options.leaves);
      progress(`latency: ${size}x — setting up ${cycle.units.length} units × ${cycle.leaves.length} leaves through the gateway …`);
      await setUpCycle(http, tokens, pool, cycle);
      const context: PhaseContext = { ...base, cycleId: cycle.cycleId, targets: new AppraisalTargets(cycle) };
      progress(`latency: ${size}x — ${options.rate} commands/s for ${options.warmUpSeconds} + ${options.seconds} s …`);
      const result = await runPhase(context, { rate: options.rate, seconds: options.seconds, warmUpSeconds: options.warmUpSeconds, firstSeq: seq });
      seq += result.sent;
      const shape = { units: cycle.units.length, leaves: cycle.leaves.length };
      process.stdout.write(`${JSON.stringify(latencyLine(`${size}x`, options.rate, options.seconds, shape, result))}\n`);
      // The ramp right after the first size, on its cycle: the larger sizes' backlogs would only lengthen the run.
      if (index === 0 && options.ramp) {
        progress(`latency: ramp on the ${cycle.cycleId} cycle, ${options.rampSeconds} s a step …`);
        const plan = { baseRate: options.rate, maxRate: options.rampMax, seconds: options.rampSeconds, firstSeq: seq };
        const ramp = await runRamp(context, plan, progress);
        seq += ramp.sent;
        process.stdout.write(`${JSON.stringify(ramp)}\n`);
      }
    }
    return 0;
  } finally {
    await cleanUp();
    process.removeListener('SIGINT', interrupted).removeListener('SIGTERM', interrupted);
  }
}

/** Undoes newest first; every step is tried, the first failure rethrown. */
async function unwind(undo: (() => Promise<unknown>)[]): Promise<void> {
  let failure: unknown;
  while (undo.length > 0) await undo.pop()!().catch((error: unknown) => (failure ??= error));
  if (failure !== undefined) throw failure;
}
