/**
 * Child-process entry: ONE store's session for ONE scenario, run round by round as the parent asks. Each
 * line on stdin is a StepCommand; each round's Measurement goes back as one JSON line on stdout.
 *
 * Why a process per (store, scenario): every store starts from the same clean process (no JIT, heap or GC
 * state inherited from another store), and Emmett's process-wide pg type parsers never reach ours. Why it
 * stays for the rounds: the stores take turns round by round (see main.ts), each keeping its session warm.
 */
import { createInterface } from 'node:readline';
import { cpuMeter, isLocalServer } from './cpu';
import { runAppendRound, runReadRound, type Measurement } from './run-scenario';
import { scenarioByName } from './scenarios';
import { loadStore, STORE_NAMES, type StoreName } from './store';

export interface StepRequest {
  readonly store: StoreName;
  readonly scenario: string;
  readonly connectionString: string;
  readonly events: number;
  readonly streams: number;
  readonly readPageSize: number;
}

/** One round: which of how many (appends), or how many events to read on (read-all; null: to the end). */
export interface StepCommand {
  readonly round: number;
  readonly rounds: number;
  readonly readLimit?: number | null;
}

/** What a round prints: its measurement plus how the store reads (so the parent need not load adapters). */
export interface StepResult extends Measurement {
  readonly readMethod: string;
}

function parseRequest(raw: string | undefined): StepRequest {
  if (raw === undefined) throw new Error('step.ts expects one JSON argument (a StepRequest)');
  const request = JSON.parse(raw) as StepRequest;
  if (!STORE_NAMES.includes(request.store)) throw new Error(`unknown store ${String(request.store)}`);
  return request;
}

async function runStep(request: StepRequest): Promise<void> {
  const scenario = scenarioByName(request.scenario);
  if (scenario === undefined) throw new Error(`unknown scenario ${request.scenario}`);
  const store = await loadStore(request.store);
  const poolSize = scenario.kind === 'append' ? scenario.writers : 1;
  const session = await store.open(request.connectionString, poolSize);
  const label = `${request.store} ${scenario.name}`;
  const cpu = cpuMeter(isLocalServer(request.connectionString) ? session.backendPids : null);
  const reader = session.reader(request.readPageSize);
  process.stdout.write('ready\n');
  try {
    for await (const line of createInterface({ input: process.stdin })) {
      const command = JSON.parse(line) as StepCommand;
      const measurement =
        scenario.kind === 'append'
          ? await runAppendRound(`${label} ${command.round + 1}/${command.rounds}`, session, scenario, request, command, cpu)
          : await runReadRound(reader, command.readLimit ?? Infinity, cpu);
      const result: StepResult = { ...measurement, readMethod: store.readMethod };
      process.stdout.write(`${JSON.stringify(result)}\n`);
    }
  } finally {
    await session.close();
  }
}

runStep(parseRequest(process.argv[2])).catch((error: unknown) => {
  process.stderr.write(`step failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
