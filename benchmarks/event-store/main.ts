/**
 * `npm run bench -- event-store`: our PostgresEventStore vs Emmett vs the raw-INSERT limit, at 1x and 10x.
 *
 * Each size runs on fresh databases (one per store); each append scenario writes the size's events to
 * fresh streams, then read-all reads everything the four scenarios wrote. Each (store, scenario) runs in
 * its own process (see step.ts), in rounds the stores take turns at, each round after a CHECKPOINT +
 * VACUUM ANALYZE, so slow drift on a noisy machine spreads over every store alike.
 */
import { performance } from 'node:perf_hooks';
import { createDatabase, dropDatabase, settle, type BenchDatabase } from './database';
import { machineInfo } from './machine';
import { parseOptions, UsageError, USAGE, type BenchOptions, type BenchSize } from './options';
import { figureLine, print, resultLine, summaryLine, type FigureLine, type ResultLine } from './report';
import { READ_ALL, SCENARIOS } from './scenarios';
import type { Measurement } from './run-scenario';
import { startStep, stopRunningSteps, type StepProcess } from './step-runner';
import type { StoreName } from './store';

const log = (message: string): void => void process.stderr.write(`${message}\n`);

/** The stores in the order they run for scenario `index`: rotated by one per scenario. */
function rotation(stores: readonly StoreName[], index: number): StoreName[] {
  const shift = index % stores.length;
  return [...stores.slice(shift), ...stores.slice(0, shift)];
}

/** Per-event CPU of several rounds, weighted by their events. */
function combine(rounds: readonly Measurement[]): Measurement {
  const events = rounds.reduce((sum, r) => sum + r.events, 0);
  const weighted = (of: (r: Measurement) => number | null): number | null =>
    rounds.some((r) => of(r) === null) ? null : Math.round((rounds.reduce((sum, r) => sum + (of(r) ?? 0) * r.events, 0) / Math.max(events, 1)) * 100) / 100;
  return {
    events,
    seconds: rounds.reduce((sum, r) => sum + r.seconds, 0),
    cpuUsPerEvent: { node: weighted((r) => r.cpuUsPerEvent.node) ?? 0, postgres: weighted((r) => r.cpuUsPerEvent.postgres) },
  };
}

/**
 * Every scenario at one size, on databases created for it (and dropped by the caller). A scenario runs in
 * rounds, the stores taking turns (in an order rotated every round): on a shared machine the load drifts
 * over minutes, and a store measured in one stretch of it would be compared with another measured in a
 * quieter one. Each round appends a share of the scenario's streams, or reads on a share of the log.
 */
async function runSize(
  options: BenchOptions,
  size: BenchSize,
  stores: readonly StoreName[],
  databases: Map<StoreName, BenchDatabase>,
  readMethods: Partial<Record<StoreName, string>>,
): Promise<ResultLine[]> {
  for (const store of stores) databases.set(store, await createDatabase(options.adminConnectionString, store));
  const databaseOf = (store: StoreName): BenchDatabase => {
    const database = databases.get(store);
    if (database === undefined) throw new Error(`no database for ${store}`);
    return database;
  };
  const results: ResultLine[] = [];
  const appended = new Map<StoreName, number>();
  for (const [index, scenario] of SCENARIOS.entries()) {
    const steps = new Map<StoreName, StepProcess>();
    const measured = new Map<StoreName, Measurement[]>(stores.map((store) => [store, []]));
    try {
      for (const store of stores) {
        const request = { store, scenario: scenario.name, connectionString: databaseOf(store).connectionString, ...size, readPageSize: options.readPageSize };
        steps.set(store, await startStep(request));
      }
      for (let round = 0; round < options.rounds; round++) {
        for (const store of rotation(stores, index + round)) {
          log(`[${size.label} ${index + 1}/${SCENARIOS.length}] ${store} ${scenario.name} round ${round + 1}/${options.rounds}`);
          await settle(databaseOf(store));
          const share = Math.ceil((appended.get(store) ?? 0) / options.rounds);
          const readLimit = scenario.kind === 'read' && round < options.rounds - 1 ? share : null;
          const result = await (steps.get(store) as StepProcess).run({ round, rounds: options.rounds, readLimit });
          measured.get(store)?.push(result);
          readMethods[store] = result.readMethod;
        }
      }
    } finally {
      for (const step of steps.values()) await step.close();
    }
    for (const store of stores) {
      const measurement = combine(measured.get(store) ?? []);
      const expected = scenario.kind === 'read' ? appended.get(store) : undefined;
      if (expected !== undefined && expected !== measurement.events) log(`  WARNING: ${store} read ${measurement.events} events, ${expected} were appended`);
      if (scenario.kind === 'append') appended.set(store, (appended.get(store) ?? 0) + measurement.events);
      const line = resultLine(size, store, scenario, measurement, options.readPageSize, expected);
      results.push(line);
      print(line);
      log(`  -> ${store} ${scenario.name}: ${line.eventsPerSecond.toLocaleString('en')} events/s over ${line.seconds} s`);
    }
  }
  return results;
}

async function dropAll(adminConnectionString: string, databases: Map<StoreName, BenchDatabase>): Promise<void> {
  for (const database of databases.values()) {
    try {
      await dropDatabase(adminConnectionString, database);
      log(`dropped ${database.name}`);
    } catch (error) {
      log(`could not drop ${database.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  databases.clear();
}

async function runAll(options: BenchOptions, databases: Map<StoreName, BenchDatabase>): Promise<void> {
  const started = performance.now();
  print({ kind: 'machine', ...(await machineInfo(options.adminConnectionString)) });

  const results: ResultLine[] = [];
  const figures: FigureLine[] = [];
  const readMethods: Partial<Record<StoreName, string>> = {};
  let first: { size: BenchSize; results: readonly ResultLine[] } | undefined;
  for (const [index, size] of options.sizes.entries()) {
    const stores = options.stores.filter((store) => store !== 'emmett' || index === 0 || !options.emmettAtFirstSizeOnly);
    let sized: ResultLine[];
    try {
      sized = await runSize(options, size, stores, databases, readMethods);
    } finally {
      // A size's databases go before the next size's are filled: 10x alone is gigabytes.
      await dropAll(options.adminConnectionString, databases);
    }
    results.push(...sized);
    for (const scenario of SCENARIOS) {
      const line = figureLine(size, scenario.name, sized, first);
      figures.push(line);
      print(line);
    }
    first ??= { size, results: sized };
  }

  print(
    summaryLine({
      sizes: options.sizes,
      readPageSize: options.readPageSize,
      stores: options.stores,
      readMethods,
      results,
      figures,
      readScenario: READ_ALL.name,
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
    log('interrupted: stopping the running steps and dropping the bench databases');
    stopRunningSteps();
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  try {
    await runAll(options, databases);
    return 0;
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    await dropAll(options.adminConnectionString, databases);
  }
}
