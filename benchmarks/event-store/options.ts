/**
 * Command-line options of the event-store benchmark.
 *
 * Parsed by hand (no dependency) because there are a handful of flags; errors are thrown as UsageError so
 * main() can print the usage text and exit 2, like an unknown benchmark name.
 */
import { MAX_WRITERS } from './scenarios';
import { STORE_NAMES, type StoreName } from './store';

/** The 1x: each append scenario writes 40,000 events over 400 streams (100 per stream). */
export const BASE_EVENTS = 40_000;
export const BASE_STREAMS = 400;

/** One size of the workload: every scenario runs at each, on fresh databases. */
export interface BenchSize {
  /** As a multiple of the 1x above, e.g. "10x". */
  readonly label: string;
  /** Events appended by each append scenario. */
  readonly events: number;
  /** Streams each append scenario spreads its events over. */
  readonly streams: number;
}

export interface BenchOptions {
  /** In order, smallest first: per-item cost growth is reported against the first. */
  readonly sizes: readonly BenchSize[];
  /** Stores to run; all three unless --only narrows it. */
  readonly stores: readonly StoreName[];
  /**
   * Emmett at the first size only, unless --only names it: its single appends take about three times
   * ours (three round trips each), which at 10x would add a quarter of an hour to the run.
   */
  readonly emmettAtFirstSizeOnly: boolean;
  /** Rounds each scenario is cut into, the stores taking turns (see main.ts). */
  readonly rounds: number;
  /** Page size of the read-all pass (1000 = the default limit of our readAll). */
  readonly readPageSize: number;
  /** Server to create the throw-away databases on. */
  readonly adminConnectionString: string;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run bench -- event-store [options]

  --sizes LIST       sizes to run, as multiples of 40,000 events over 400 streams per
                     scenario                            (default 1x,10x)
  --events N         one size of N events per scenario instead (--streams defaults to N/100)
  --streams N        one size of N streams per scenario instead (--events defaults to 100 N)
  --only STORE       run one store: ${STORE_NAMES.join(' | ')}  (repeatable, default all;
                     without it Emmett runs at the first size only)
  --rounds N         rounds per scenario, the stores taking turns (default 3)
  --read-page N      page size of the read-all pass      (default 1000)
  --pg URL           admin connection string             (default $BENCH_PG_URL or
                     postgres://postgres@127.0.0.1:5432/postgres)
`;

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

function positiveInteger(flag: string, raw: string | undefined): number {
  const value = Number(raw);
  if (raw === undefined || !Number.isSafeInteger(value) || value <= 0) {
    throw new UsageError(`${flag} needs a positive integer, got ${raw ?? 'nothing'}`);
  }
  return value;
}

/** "10x" or "10": a multiple of the 1x workload. */
function multiple(raw: string): BenchSize {
  const factor = Number(raw.replace(/x$/, ''));
  const events = Math.round(BASE_EVENTS * factor);
  const streams = Math.round(BASE_STREAMS * factor);
  if (!Number.isFinite(factor) || factor <= 0 || streams < 1) throw new UsageError(`--sizes needs multiples like 1x,10x, got ${raw}`);
  return { label: `${factor}x`, events, streams };
}

/** A size given as --events/--streams, labelled as a multiple of the 1x events. */
function customSize(events: number | undefined, streams: number | undefined): BenchSize {
  const e = events ?? (streams ?? BASE_STREAMS) * (BASE_EVENTS / BASE_STREAMS);
  const s = streams ?? Math.max(1, Math.round(e / (BASE_EVENTS / BASE_STREAMS)));
  return { label: `${Number((e / BASE_EVENTS).toPrecision(3))}x`, events: e, streams: s };
}

function storeName(raw: string | undefined): StoreName {
  const match = STORE_NAMES.find((name) => name === raw);
  if (match === undefined) {
    throw new UsageError(`--only needs one of ${STORE_NAMES.join(', ')}, got ${raw ?? 'nothing'}`);
  }
  return match;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  let events: number | undefined;
  let streams: number | undefined;
  let sizes: BenchSize[] = [multiple('1x'), multiple('10x')];
  let readPageSize = 1_000;
  let rounds = 3;
  let adminConnectionString = process.env['BENCH_PG_URL'] ?? DEFAULT_ADMIN_URL;
  const only: StoreName[] = [];

  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    // Accept both "--events 20000" and "--events=20000".
    const [name, inline] = flag !== undefined && flag.includes('=') ? flag.split('=', 2) : [flag, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (name) {
      case '--events':
        events = positiveInteger(name, value());
        break;
      case '--streams':
        streams = positiveInteger(name, value());
        break;
      case '--sizes':
        sizes = (value() ?? '').split(',').map((item) => multiple(item.trim()));
        break;
      case '--rounds':
        rounds = positiveInteger(name, value());
        break;
      case '--read-page':
        readPageSize = positiveInteger(name, value());
        break;
      case '--only':
        only.push(storeName(value()));
        break;
      case '--pg': {
        const url = value();
        if (url === undefined) throw new UsageError('--pg needs a connection string');
        adminConnectionString = url;
        break;
      }
      case '--help':
      case '-h':
        throw new UsageError('');
      default:
        throw new UsageError(`unknown option ${flag ?? ''}`);
    }
  }

  if (events !== undefined || streams !== undefined) sizes = [customSize(events, streams)];
  for (const size of sizes) {
    if (size.streams < MAX_WRITERS * rounds) {
      throw new UsageError(`${size.label}: streams must be at least ${MAX_WRITERS * rounds} (writers × rounds): writers own disjoint streams in every round`);
    }
    if (size.streams > size.events) {
      throw new UsageError(`${size.label}: streams (${size.streams}) must not exceed events (${size.events}): every stream gets at least one event`);
    }
  }
  return {
    sizes: [...sizes].sort((a, b) => a.events - b.events),
    rounds,
    readPageSize,
    adminConnectionString,
    stores: only.length > 0 ? [...new Set(only)] : STORE_NAMES,
    emmettAtFirstSizeOnly: only.length === 0,
  };
}
