import { rebuildRankingReadModels, RebuildUnderWayError } from '@par/ranking';
import { CliError, logToStderr } from '../cli/cli-error';
import { openEmbeddedPlatform } from '../embedded/embedded-platform';
import { countEvents } from './event-counts';
import { heapCeiling } from './heap-ceiling';
import { RebuildProgressLine } from './rebuild-progress';

/** The services whose read models `par rebuild` rebuilds. */
export const REBUILDABLE_SERVICES = ['ranking'] as const;

/** Read models of the other services, which only their own consumers rebuild so far (said when one is named). */
const NOT_YET_REBUILDABLE: Readonly<Record<string, string>> = {
  submissions: 'the submissions read model',
  appraisal: 'the appraisal sheets',
  survey: 'the cycle catalogue and the campaigns',
};

export interface RebuildOptions {
  service: string;
  dataDir: string;
}

/**
 * `par rebuild <service>`: the service's read models emptied and filled again from the logs, with progress on
 * stderr and a JSON summary on stdout. It opens the data dir itself, so the platform's consumers cannot run
 * meanwhile (the embedded database admits one process). Interrupted (Ctrl-C stops the process and its
 * embedded server; the batches in flight roll back), it goes on from its committed checkpoints when run
 * again. Exit 0 when done, 1 when stopped before the end.
 * Test and benchmark hooks: PAR_REBUILD_BATCH_SIZE (events per batch, default 2,000) and
 * PAR_REBUILD_STOP_AFTER_BATCHES (stop once that many batches are committed, as an interruption would).
 */
export async function rebuildCommand({ service, dataDir }: RebuildOptions): Promise<number> {
  if (!(REBUILDABLE_SERVICES as readonly string[]).includes(service)) throw new CliError(unknownService(service), 2);
  const batchSize = positiveEnv('PAR_REBUILD_BATCH_SIZE');
  const stopAfter = positiveEnv('PAR_REBUILD_STOP_AFTER_BATCHES');
  let batches = 0;
  const platform = await openEmbeddedPlatform(dataDir, logToStderr);
  const progress = new RebuildProgressLine(service, logToStderr);
  const collectGarbage = heapCeiling(HEAP_CEILING_BYTES);
  const started = performance.now();
  let replayStarted = started;
  try {
    const outcome = await rebuildRankingReadModels({
      pool: platform.pool,
      sources: { submissions: platform.stores.submissions, appraisal: platform.stores.appraisal, survey: platform.stores.survey },
      batchSize,
      countEvents: (source, after) => countEvents(platform.pool, platform.stores[source].schema, after),
      onStart: ({ resumed, total }) => {
        replayStarted = performance.now();
        logToStderr(`rebuild ${service}: ${resumed ? 'resuming the rebuild under way' : 'read models emptied'}, ${total} events to apply`);
        progress.start();
      },
      onProgress: (state) => {
        collectGarbage();
        batches += 1;
        progress.update(state);
      },
      shouldStop: () => stopAfter !== undefined && batches >= stopAfter,
    }).catch((error: unknown) => {
      throw error instanceof RebuildUnderWayError ? new CliError(error.message) : error;
    });
    progress.finish();
    const seconds = (performance.now() - started) / 1000;
    const usage = process.resourceUsage();
    const summary = {
      service,
      ...outcome,
      eventsPerSecond: Math.round(outcome.events / seconds),
      seconds: round(seconds),
      // Of which applying the events (after migrating, emptying and counting): what grows with the logs.
      replaySeconds: round((performance.now() - replayStarted) / 1000),
      peakRssBytes: usage.maxRSS * 1024,
      // The whole process's, from its start: Node's share of the work, beside the database's.
      cpuSeconds: round((usage.userCPUTime + usage.systemCPUTime) / 1e6),
    };
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    if (outcome.finished) return 0;
    logToStderr(`par: rebuild ${service} stopped after ${outcome.events} events; run it again to go on from there`);
    return 1;
  } finally {
    await platform.close();
  }
}

function unknownService(service: string): string {
  const others = Object.entries(NOT_YET_REBUILDABLE).map(([name, models]) => `${name} (${models})`);
  return (
    `cannot rebuild "${service}": par rebuild knows ${REBUILDABLE_SERVICES.join(', ')} (its results and audit trail). ` +
    `${others.join(', ')} keep read models too, which this command does not rebuild yet`
  );
}

function positiveEnv(name: string): number | undefined {
  const text = process.env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) throw new CliError(`${name} must be a positive integer, got "${text}"`, 2);
  return value;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The heap a rebuild keeps to (heapCeiling): with the platform's code loaded, the process stays well under 512 MB. */
const HEAP_CEILING_BYTES = 256 * 2 ** 20;
