/**
 * Child-process entry: runs ONE (store, scenario) step and prints its Measurement as one JSON line.
 *
 * Why a process per step: every store starts from the same clean process (no JIT, heap or GC state
 * inherited from the previous store), and Emmett's process-wide pg type parsers never reach ours.
 */
import { runAppendScenario, runReadAll, type Measurement } from './run-scenario';
import { scenarioByName } from './scenarios';
import { loadStore, STORE_NAMES, type StoreName } from './store';

export interface StepRequest {
  readonly store: StoreName;
  readonly scenario: string;
  readonly connectionString: string;
  readonly events: number;
  readonly streams: number;
  readonly readPageSize: number;
  /** For read-all: how many events the earlier steps appended (the read must return exactly these). */
  readonly expectedReadEvents: number;
}

function parseRequest(raw: string | undefined): StepRequest {
  if (raw === undefined) throw new Error('step.ts expects one JSON argument (a StepRequest)');
  const request = JSON.parse(raw) as StepRequest;
  if (!STORE_NAMES.includes(request.store)) throw new Error(`unknown store ${String(request.store)}`);
  return request;
}

/** What a step prints: its measurement plus how the store read (so the parent need not load adapters). */
export interface StepResult extends Measurement {
  readonly readMethod: string;
}

async function runStep(request: StepRequest): Promise<StepResult> {
  const scenario = scenarioByName(request.scenario);
  if (scenario === undefined) throw new Error(`unknown scenario ${request.scenario}`);
  const store = await loadStore(request.store);
  const poolSize = scenario.kind === 'append' ? scenario.writers : 1;
  const session = await store.open(request.connectionString, poolSize);
  const label = `${request.store} ${scenario.name}`;
  try {
    const measurement =
      scenario.kind === 'append'
        ? await runAppendScenario(label, session, scenario, request)
        : await runReadAll(label, session, request.readPageSize, request.expectedReadEvents);
    return { ...measurement, readMethod: store.readMethod };
  } finally {
    await session.close();
  }
}

runStep(parseRequest(process.argv[2])).then(
  (measurement) => {
    process.stdout.write(`${JSON.stringify(measurement)}\n`);
  },
  (error: unknown) => {
    process.stderr.write(`step failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
