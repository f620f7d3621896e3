/**
 * Command-line options of the event-store benchmark.
 *
 * Parsed by hand (no dependency) because there are four flags; errors are thrown as UsageError so
 * main() can print the usage text and exit 2, like an unknown benchmark name.
 */
import { MAX_WRITERS } from './scenarios';
import { STORE_NAMES, type StoreName } from './store';

export interface BenchOptions {
  /** Events appended by each append scenario (the ISSUE asks for 200,000). */
  readonly events: number;
  /** Streams each append scenario spreads its events over (the ISSUE asks for 2,000). */
  readonly streams: number;
  /** Stores to run; all three unless --only narrows it. */
  readonly stores: readonly StoreName[];
  /** Page size of the read-all pass (1000 = the default limit of our readAll). */
  readonly readPageSize: number;
  /** Server to create the throw-away databases on. */
  readonly adminConnectionString: string;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run bench -- event-store [options]

  --events N         events appended per scenario        (default 200000)
  --streams N        streams per scenario                (default 2000)
  --only STORE       run one store: ${STORE_NAMES.join(' | ')}  (repeatable, default all)
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

function storeName(raw: string | undefined): StoreName {
  const match = STORE_NAMES.find((name) => name === raw);
  if (match === undefined) {
    throw new UsageError(`--only needs one of ${STORE_NAMES.join(', ')}, got ${raw ?? 'nothing'}`);
  }
  return match;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  let events = 200_000;
  let streams = 2_000;
  let readPageSize = 1_000;
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

  if (streams < MAX_WRITERS) {
    throw new UsageError(`--streams must be at least ${MAX_WRITERS}: writers own disjoint streams`);
  }
  if (streams > events) {
    throw new UsageError(`--streams (${streams}) must not exceed --events (${events}): every stream gets at least one event`);
  }
  return {
    events,
    streams,
    readPageSize,
    adminConnectionString,
    stores: only.length > 0 ? [...new Set(only)] : STORE_NAMES,
  };
}
