/**
 * Times one round of a scenario against one store session. Only the appends / reads are inside the clock:
 * connecting, schema creation and process start-up happen before it.
 */
import { performance } from 'node:perf_hooks';
import { cpuPerEvent, type CpuSample } from './cpu';
import type { AppendScenario } from './scenarios';
import type { LogReader, StoreSession } from './store';
import { eventsInRound, eventsOf, writerAppends, type RoundOf } from './workload';

export interface Measurement {
  readonly events: number;
  readonly seconds: number;
  /** CPU per event of the bench process and of the server backends of its pool (null: not readable here). */
  readonly cpuUsPerEvent: { readonly node: number; readonly postgres: number | null };
}

export interface WorkloadSize {
  readonly events: number;
  readonly streams: number;
}

/** Prints progress to stderr every few seconds so a multi-minute run is visibly alive. */
function startProgress(label: string, total: number, done: () => number): () => void {
  const started = performance.now();
  const timer = setInterval(() => {
    const elapsed = (performance.now() - started) / 1000;
    const n = done();
    process.stderr.write(
      `  [${label}] ${n.toLocaleString('en')}/${total.toLocaleString('en')} events, ` + `${Math.round(n / elapsed).toLocaleString('en')} ev/s\n`,
    );
  }, 10_000);
  timer.unref();
  return () => clearInterval(timer);
}

export async function runAppendRound(
  label: string,
  session: StoreSession,
  scenario: AppendScenario,
  size: WorkloadSize,
  round: RoundOf,
  cpu: () => CpuSample,
): Promise<Measurement> {
  const planned = eventsInRound(round, size.events, size.streams);
  let appended = 0;
  // Once one writer fails the others stop at their next append instead of running to the end.
  let failed = false;

  const writer = async (writerIndex: number): Promise<void> => {
    const plan = writerAppends({
      scenario: scenario.name,
      writer: writerIndex,
      writers: scenario.writers,
      batchSize: scenario.batchSize,
      events: size.events,
      streams: size.streams,
      round,
    });
    for (const append of plan) {
      if (failed) return;
      const next = await session.append(append.streamId, eventsOf(append), append.expectedVersion);
      // A store that silently dropped or duplicated events would look fast: check every append.
      if (next !== append.expectedVersion + append.count) {
        throw new Error(`${append.streamId}: expected version ${append.expectedVersion + append.count} after append, store says ${next}`);
      }
      appended += append.count;
    }
  };

  const stopProgress = startProgress(label, planned, () => appended);
  const cpuBefore = cpu();
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: scenario.writers }, (_, w) =>
        writer(w).catch((error: unknown) => {
          failed = true;
          throw error;
        }),
      ),
    );
  } finally {
    stopProgress();
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuUsPerEvent = cpuPerEvent(cpuBefore, cpu(), appended);
  if (appended !== planned) throw new Error(`appended ${appended} events, planned ${planned}`);
  return { events: appended, seconds, cpuUsPerEvent };
}

/** Reads on for `limit` events (Infinity: to the end of the log) and times it. */
export async function runReadRound(reader: LogReader, limit: number, cpu: () => CpuSample): Promise<Measurement> {
  const cpuBefore = cpu();
  const started = performance.now();
  const events = await reader.read(limit);
  const seconds = (performance.now() - started) / 1000;
  return { events, seconds, cpuUsPerEvent: cpuPerEvent(cpuBefore, cpu(), Math.max(events, 1)) };
}
