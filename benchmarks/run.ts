/**
 * Entry point of `npm run bench -- <name> [options]`.
 *
 * Each benchmark lives in its own folder and is loaded lazily, so running one never pays for
 * (or is perturbed by) the imports of another.
 */

interface Benchmark {
  readonly description: string;
  /** Runs the benchmark with the arguments after its name; resolves to the process exit code. */
  readonly load: () => Promise<{ main(argv: readonly string[]): Promise<number> }>;
}

const benchmarks: Readonly<Record<string, Benchmark>> = {
  'event-store': {
    description: 'append/read throughput of @par/event-store vs @event-driven-io/emmett-postgresql vs raw INSERTs',
    load: () => import('./event-store/main'),
  },
  import: {
    description: 'par import of a past cycle (30 units × 90 leaves, and 10x): commands/s through the deciders to the log',
    load: () => import('./import/main'),
  },
  latency: {
    description: 'distributed mode over real Kafka: appraisal commands at 200/s, 2xx → ranking read model p99 (1x, 10x units); the rate where p99 passes 1 s',
    load: () => import('./latency/main'),
  },
  reads: {
    description: "results, appraisal sheet and audit under 50 concurrent clients against the gateway's own limit (GET /session), at 30 and 300 units",
    load: () => import('./reads/main'),
  },
  rebuild: {
    description: 'par rebuild ranking: read models rebuilt from 100,000 and 1,000,000 logged events, events/s against reading the same logs, peak RSS',
    load: () => import('./rebuild/main'),
  },
  'survey-ingest': {
    description: 'par survey import of 1,000,000 SIPAS answers over 150 units from CSV: rows/s and peak RSS beside a plain COPY',
    load: () => import('./survey-ingest/main'),
  },
  writes: {
    description: 'appraisal and self-assessment commands through HTTP at 1, 10 and 50 writers (28 units, and 10x): commands/s against the gateway ceiling',
    load: () => import('./writes/main'),
  },
};

function listBenchmarks(): void {
  process.stderr.write('Available benchmarks:\n');
  for (const [name, { description }] of Object.entries(benchmarks)) {
    process.stderr.write(`  ${name.padEnd(14)} ${description}\n`);
  }
  process.stderr.write('\nUsage: npm run bench -- <name> [options]\n');
}

async function run(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  // hasOwn: a name like "toString" must not resolve to an Object.prototype member.
  const benchmark = name !== undefined && Object.hasOwn(benchmarks, name) ? benchmarks[name] : undefined;
  if (benchmark === undefined) {
    if (name !== undefined) process.stderr.write(`Unknown benchmark "${name}".\n\n`);
    listBenchmarks();
    return 2;
  }
  const { main } = await benchmark.load();
  return main(rest);
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
