/**
 * Times one scenario against one store session. Only the appends / reads are inside the clock:
 * connecting, schema creation and process start-up happen before it.
 */
import { performance } from 'node:perf_hooks';
import type { AppendScenario } from './scenarios';
import type { StoreSession } from './store';
import { eventsOf, writerAppends } from './workload';

export interface Measurement {
  readonly events: number;
  readonly seconds: number;
  /** Read-all only: how many events the append scenarios wrote (what `events` should equal). */
  readonly appendedEvents?: number;
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

export async function runAppendScenario(label: string, session: StoreSession, scenario: AppendScenario, size: WorkloadSize): Promise<Measurement> {
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

  const stopProgress = startProgress(label, size.events, () => appended);
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
  if (appended !== size.events) throw new Error(`appended ${appended} events, planned ${size.events}`);
  return { events: appended, seconds };
}

/**
 * A read that returns the wrong number of events is reported, not thrown: a store whose paging
 * skips or repeats events after concurrent writers (Emmett 0.42's does) is a finding the run must
 * show, with its throughput counted on the events it actually returned.
 */
export async function runReadAll(label: string, session: StoreSession, pageSize: number, expectedEvents: number): Promise<Measurement> {
  process.stderr.write(`  [${label}] reading ${expectedEvents.toLocaleString('en')} events in global order\n`);
  const started = performance.now();
  const events = await session.readAll(pageSize);
  const seconds = (performance.now() - started) / 1000;
  if (events !== expectedEvents) {
    process.stderr.write(`  [${label}] WARNING: read ${events} events, ${expectedEvents} were appended\n`);
  }
  return { events, seconds, appendedEvents: expectedEvents };
}
