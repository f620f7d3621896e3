/**
 * The JSON lines the benchmark prints on stdout (everything else goes to stderr), so that
 * `npm run bench -- event-store > results.jsonl` is directly machine-readable.
 *
 * The headline is one `figure` line per scenario and size: ours against the raw-INSERT limit measured in
 * the same run (`ratio`), Emmett beside it, and from the second size on, how the cost of one event grew.
 * `result` lines give every store's step in detail; `machine` and `summary` frame the run.
 */
import type { MachineInfo } from './machine';
import type { BenchSize } from './options';
import type { Measurement } from './run-scenario';
import type { Scenario } from './scenarios';
import type { StoreName } from './store';

/** What the issue asks of ours against the limit. */
export const TARGET_RATIO = { append: 0.8, read: 0.9 } as const;

type CpuPerEvent = Measurement['cpuUsPerEvent'];

export interface ResultLine {
  readonly kind: 'result';
  readonly size: string;
  readonly store: StoreName;
  readonly scenario: string;
  readonly writers: number;
  /** Events per append call; for read-all, events per page. */
  readonly batchSize: number;
  readonly events: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  readonly cpuUsPerEvent: CpuPerEvent;
  /** Only present (read-all) when the read did not return exactly the events appended. */
  readonly appendedEvents?: number;
}

export interface FigureLine {
  readonly bench: 'event-store';
  readonly figure: string;
  readonly size: string;
  readonly events: number;
  readonly streams: number;
  /** Ours, events/s; null when ours was not run. */
  readonly value: number | null;
  readonly unit: 'events/s';
  /** The raw-INSERT limit measured in the same run, events/s. */
  readonly limit: number | null;
  /** value / limit: 1 = as fast as plain INSERTs. */
  readonly ratio: number | null;
  readonly emmett: number | null;
  readonly oursOverEmmett: number | null;
  /** CPU per event (µs) of the bench process and of the server, ours and the limit's. */
  readonly cpuUsPerEvent: CpuPerEvent | null;
  readonly limitCpuUsPerEvent: CpuPerEvent | null;
  /** From the second size on: cost of one event here over its cost at `growthAgainst` (1 = flat). */
  readonly perItemGrowth?: number | null;
  readonly limitPerItemGrowth?: number | null;
  readonly growthAgainst?: string;
}

export interface SummaryLine {
  readonly kind: 'summary';
  readonly sizes: readonly BenchSize[];
  readonly readPageSize: number;
  readonly stores: readonly StoreName[];
  readonly readMethods: Readonly<Partial<Record<StoreName, string>>>;
  readonly target: typeof TARGET_RATIO;
  /** Figures whose ratio is under the target, as "figure@size". */
  readonly belowTarget: readonly string[];
  /** Geometric mean of the ratios per size (the mean that treats 2x and 0.5x symmetrically). */
  readonly geomeanRatio: Readonly<Record<string, number | null>>;
  /** Reads that did not return exactly the appended events, by "store/scenario@size"; empty when all did. */
  readonly readsNotMatchingAppends: Readonly<Record<string, { readonly read: number; readonly appended: number }>>;
  readonly wallClockSeconds: number;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

export function print(line: object | (MachineInfo & { readonly kind: 'machine' })): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/** `appendedEvents`: for read-all, what the store's appends wrote (reported when the read returned another number). */
export function resultLine(
  size: BenchSize,
  store: StoreName,
  scenario: Scenario,
  measurement: Measurement,
  readPageSize: number,
  appendedEvents?: number,
): ResultLine {
  return {
    kind: 'result',
    size: size.label,
    store,
    scenario: scenario.name,
    writers: scenario.kind === 'append' ? scenario.writers : 1,
    batchSize: scenario.kind === 'append' ? scenario.batchSize : readPageSize,
    events: measurement.events,
    seconds: round(measurement.seconds, 3),
    eventsPerSecond: Math.round(measurement.events / measurement.seconds),
    cpuUsPerEvent: measurement.cpuUsPerEvent,
    ...(appendedEvents !== undefined && appendedEvents !== measurement.events ? { appendedEvents } : {}),
  };
}

const ratio = (a: number | undefined, b: number | undefined): number | null => (a === undefined || b === undefined ? null : round(a / b, 3));

/** The figure of `scenario` at `size`; `first` is the same figure at the run's first size (none for the first size itself). */
export function figureLine(
  size: BenchSize,
  scenario: string,
  results: readonly ResultLine[],
  first?: { size: BenchSize; results: readonly ResultLine[] },
): FigureLine {
  const of = (store: StoreName, among = results) => among.find((r) => r.scenario === scenario && r.store === store);
  const [ours, raw, emmett] = [of('ours'), of('raw'), of('emmett')];
  // Cost per event grows as the rate falls: cost(size) / cost(first) = rate(first) / rate(size).
  const growth = (store: StoreName) => ratio(first && of(store, first.results)?.eventsPerSecond, of(store)?.eventsPerSecond);
  return {
    bench: 'event-store',
    figure: scenario,
    size: size.label,
    events: ours?.events ?? raw?.events ?? size.events,
    streams: size.streams,
    value: ours?.eventsPerSecond ?? null,
    unit: 'events/s',
    limit: raw?.eventsPerSecond ?? null,
    ratio: ratio(ours?.eventsPerSecond, raw?.eventsPerSecond),
    emmett: emmett?.eventsPerSecond ?? null,
    oursOverEmmett: ratio(ours?.eventsPerSecond, emmett?.eventsPerSecond),
    cpuUsPerEvent: ours?.cpuUsPerEvent ?? null,
    limitCpuUsPerEvent: raw?.cpuUsPerEvent ?? null,
    ...(first ? { perItemGrowth: growth('ours'), limitPerItemGrowth: growth('raw'), growthAgainst: first.size.label } : {}),
  };
}

function geomean(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null && v > 0);
  if (present.length === 0) return null;
  return round(Math.exp(present.reduce((sum, v) => sum + Math.log(v), 0) / present.length), 3);
}

export function summaryLine(options: {
  readonly sizes: readonly BenchSize[];
  readonly readPageSize: number;
  readonly stores: readonly StoreName[];
  readonly readMethods: Readonly<Partial<Record<StoreName, string>>>;
  readonly results: readonly ResultLine[];
  readonly figures: readonly FigureLine[];
  readonly readScenario: string;
  readonly wallClockSeconds: number;
}): SummaryLine {
  const target = (figure: FigureLine) => (figure.figure === options.readScenario ? TARGET_RATIO.read : TARGET_RATIO.append);
  return {
    kind: 'summary',
    sizes: options.sizes,
    readPageSize: options.readPageSize,
    stores: options.stores,
    readMethods: options.readMethods,
    target: TARGET_RATIO,
    belowTarget: options.figures.filter((f) => f.ratio !== null && f.ratio < target(f)).map((f) => `${f.figure}@${f.size}`),
    geomeanRatio: Object.fromEntries(
      options.sizes.map((size) => [size.label, geomean(options.figures.filter((f) => f.size === size.label).map((f) => f.ratio))]),
    ),
    readsNotMatchingAppends: Object.fromEntries(
      options.results.flatMap((r) =>
        r.appendedEvents === undefined ? [] : [[`${r.store}/${r.scenario}@${r.size}`, { read: r.events, appended: r.appendedEvents }] as const],
      ),
    ),
    wallClockSeconds: round(options.wallClockSeconds, 1),
  };
}
