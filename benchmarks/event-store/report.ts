/**
 * The JSON lines the benchmark prints on stdout (everything else goes to stderr), so that
 * `npm run bench -- event-store > results.jsonl` is directly machine-readable.
 * Every line has a `kind` so a consumer can tell the four shapes apart.
 */
import type { MachineInfo } from './machine';
import type { Measurement } from './run-scenario';
import type { Scenario } from './scenarios';
import type { StoreName } from './store';

export interface ResultLine {
  readonly kind: 'result';
  readonly store: StoreName;
  readonly scenario: string;
  readonly writers: number;
  /** Events per append call; for read-all, events per page. */
  readonly batchSize: number;
  readonly events: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  /** Only present (read-all) when the read did not return exactly the events appended. */
  readonly appendedEvents?: number;
}

export interface RatioLine {
  readonly kind: 'ratio';
  readonly scenario: string;
  /** ours events/s divided by Emmett's; > 1 means ours is faster. null when a store was not run. */
  readonly oursOverEmmett: number | null;
  readonly oursOverRawInsert: number | null;
}

export interface SummaryLine {
  readonly kind: 'summary';
  readonly events: number;
  readonly streams: number;
  readonly readPageSize: number;
  readonly stores: readonly StoreName[];
  readonly readMethods: Readonly<Partial<Record<StoreName, string>>>;
  readonly eventsPerSecond: Readonly<Record<string, Readonly<Partial<Record<StoreName, number>>>>>;
  /** Geometric mean over scenarios of ours/Emmett (the mean of ratios that treats 2x and 0.5x symmetrically). */
  readonly geomeanOursOverEmmett: number | null;
  readonly geomeanOursOverRawInsert: number | null;
  readonly oursSlowerThanEmmettIn: readonly string[];
  /** Reads that did not return exactly the appended events, by "store/scenario"; empty when all did. */
  readonly readsNotMatchingAppends: Readonly<Record<string, { readonly read: number; readonly appended: number }>>;
  readonly wallClockSeconds: number;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

export function print(line: { readonly kind: string } | (MachineInfo & { readonly kind: 'machine' })): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

export function resultLine(store: StoreName, scenario: Scenario, measurement: Measurement, readPageSize: number): ResultLine {
  return {
    kind: 'result',
    store,
    scenario: scenario.name,
    writers: scenario.kind === 'append' ? scenario.writers : 1,
    batchSize: scenario.kind === 'append' ? scenario.batchSize : readPageSize,
    events: measurement.events,
    seconds: round(measurement.seconds, 3),
    eventsPerSecond: Math.round(measurement.events / measurement.seconds),
    ...(measurement.appendedEvents !== undefined && measurement.appendedEvents !== measurement.events ? { appendedEvents: measurement.appendedEvents } : {}),
  };
}

function ratio(ours: ResultLine | undefined, other: ResultLine | undefined): number | null {
  if (ours === undefined || other === undefined) return null;
  return round(ours.eventsPerSecond / other.eventsPerSecond, 3);
}

export function ratioLine(scenario: string, results: readonly ResultLine[]): RatioLine {
  const of = (store: StoreName): ResultLine | undefined => results.find((r) => r.scenario === scenario && r.store === store);
  return {
    kind: 'ratio',
    scenario,
    oursOverEmmett: ratio(of('ours'), of('emmett')),
    oursOverRawInsert: ratio(of('ours'), of('raw')),
  };
}

function geomean(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null && v > 0);
  if (present.length === 0) return null;
  return round(Math.exp(present.reduce((sum, v) => sum + Math.log(v), 0) / present.length), 3);
}

export function summaryLine(options: {
  readonly events: number;
  readonly streams: number;
  readonly readPageSize: number;
  readonly stores: readonly StoreName[];
  readonly readMethods: Readonly<Partial<Record<StoreName, string>>>;
  readonly results: readonly ResultLine[];
  readonly ratios: readonly RatioLine[];
  readonly wallClockSeconds: number;
}): SummaryLine {
  const eventsPerSecond: Record<string, Partial<Record<StoreName, number>>> = {};
  for (const r of options.results) {
    (eventsPerSecond[r.scenario] ??= {})[r.store] = r.eventsPerSecond;
  }
  return {
    kind: 'summary',
    events: options.events,
    streams: options.streams,
    readPageSize: options.readPageSize,
    stores: options.stores,
    readMethods: options.readMethods,
    eventsPerSecond,
    geomeanOursOverEmmett: geomean(options.ratios.map((r) => r.oursOverEmmett)),
    geomeanOursOverRawInsert: geomean(options.ratios.map((r) => r.oursOverRawInsert)),
    oursSlowerThanEmmettIn: options.ratios.filter((r) => r.oursOverEmmett !== null && r.oursOverEmmett < 1).map((r) => r.scenario),
    readsNotMatchingAppends: Object.fromEntries(
      options.results.flatMap((r) =>
        r.appendedEvents === undefined ? [] : [[`${r.store}/${r.scenario}`, { read: r.events, appended: r.appendedEvents }] as const],
      ),
    ),
    wallClockSeconds: round(options.wallClockSeconds, 1),
  };
}
