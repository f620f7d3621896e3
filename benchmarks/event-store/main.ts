/**
 * `npm run bench -- event-store`: our PostgresEventStore vs Emmett vs the raw-INSERT limit.
 *
 * One fresh database per store for the whole run; each append scenario writes --events new events
 * to fresh streams, then read-all reads everything the four scenarios wrote. Each step runs in its
 * own process (see step.ts), after a CHECKPOINT + VACUUM ANALYZE, and the store order rotates from
 * scenario to scenario so slow drift on a noisy machine does not always hit the same store.
 */
import { performance } from 'node:perf_hooks';
import { createDatabase, dropDatabase, settle, type BenchDatabase } from './database';
import { machineInfo } from './machine';
import { parseOptions, UsageError, USAGE, type BenchOptions } from './options';
import { print, ratioLine, resultLine, summaryLine, type ResultLine } from './report';
import { SCENARIOS } from './scenarios';
import { runStepProcess, stopRunningStep } from './step-runner';
import type { StoreName } from './store';

const log = (message: string): void => void process.stderr.write(`${message}\n`);

/** The stores in the order they run for scenario `index`: rotated by one per scenario. */
function rotation(stores: readonly StoreName[], index: number): StoreName[] {
  const shift = index % stores.length;
  return [...stores.slice(shift), ...stores.slice(0, shift)];
}

async function runAll(options: BenchOptions, databases: Map<StoreName, BenchDatabase>): Promise<void> {
  const started = performance.now();
  print({ kind: 'machine', ...(await machineInfo(options.adminConnectionString)) });

  for (const store of options.stores) {
    databases.set(store, await createDatabase(options.adminConnectionString, store));
  }

  const results: ResultLine[] = [];
  const readMethods: Partial<Record<StoreName, string>> = {};
  const appended = new Map<StoreName, number>();

  for (const [index, scenario] of SCENARIOS.entries()) {
    for (const store of rotation(options.stores, index)) {
      const database = databases.get(store);
      if (database === undefined) throw new Error(`no database for ${store}`);
      log(`[${index + 1}/${SCENARIOS.length}] ${store} ${scenario.name} (${database.name})`);
      await settle(database);
      const result = await runStepProcess({
        store,
        scenario: scenario.name,
        connectionString: database.connectionString,
        events: options.events,
        streams: options.streams,
        readPageSize: options.readPageSize,
        expectedReadEvents: appended.get(store) ?? 0,
      });
      if (scenario.kind === 'append') appended.set(store, (appended.get(store) ?? 0) + result.events);
      else readMethods[store] = result.readMethod;
      const line = resultLine(store, scenario, result, options.readPageSize);
      results.push(line);
      print(line);
      log(`  -> ${line.eventsPerSecond.toLocaleString('en')} events/s in ${line.seconds} s`);
    }
  }

  const ratios = SCENARIOS.map((scenario) => ratioLine(scenario.name, results));
  for (const line of ratios) print(line);
  print(
    summaryLine({
      events: options.events,
      streams: options.streams,
      readPageSize: options.readPageSize,
      stores: options.stores,
      readMethods,
      results,
      ratios,
      wallClockSeconds: (performance.now() - started) / 1000,
    }),
  );
}

export async function main(argv: readonly string[]): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message !== '') log(`${error.message}\n`);
    log(USAGE);
    return 2;
  }

  const databases = new Map<StoreName, BenchDatabase>();
  // Ctrl-C / kill: stop the running step; its rejection unwinds into the finally below, which
  // drops the databases before the process exits.
  const interrupt = (): void => {
    log('interrupted: stopping the running step and dropping the bench databases');
    stopRunningStep();
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  try {
    await runAll(options, databases);
    return 0;
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    for (const database of databases.values()) {
      try {
        await dropDatabase(options.adminConnectionString, database);
        log(`dropped ${database.name}`);
      } catch (error) {
        log(`could not drop ${database.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
