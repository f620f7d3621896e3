/**
 * Parent side of step.ts: one Node process per (store, scenario), driven round by round.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { StepCommand, StepRequest, StepResult } from './step';

const STEP_ENTRY = join(__dirname, 'step.ts');

/** The steps alive now, so an interrupt can stop them before the databases are dropped. */
const running = new Set<ChildProcess>();

export function stopRunningSteps(): void {
  for (const child of running) child.kill('SIGTERM');
}

export interface StepProcess {
  /** Runs one round and resolves to its result. */
  run(command: StepCommand): Promise<StepResult>;
  /** Lets the step close its session and exit; resolves once it has. */
  close(): Promise<void>;
}

/** Starts a step and resolves once its session is open (connected, schema migrated: nothing of it is timed). */
export function startStep(request: StepRequest): Promise<StepProcess> {
  const name = `${request.store}/${request.scenario}`;
  // process.execArgv carries tsx's loader flags, so the child runs TypeScript (and resolves the
  // @par/* tsconfig paths) exactly as this process does. Its stderr (progress, errors) goes straight to ours.
  const child = spawn(process.execPath, [...process.execArgv, STEP_ENTRY, JSON.stringify(request)], { stdio: ['pipe', 'pipe', 'inherit'] });
  running.add(child);
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const exited = new Promise<void>((resolve, reject) =>
    child.on('close', (code, signal) => {
      running.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`step ${name} exited with ${signal ?? `code ${String(code)}`}`));
    }),
  );
  // Unhandled until awaited: a step that dies surfaces through the next line it does not write.
  exited.catch(() => undefined);
  const nextLine = async (): Promise<string> => {
    const line = await lines.next();
    if (line.done) {
      await exited;
      throw new Error(`step ${name} ended without answering`);
    }
    return line.value;
  };
  const step: StepProcess = {
    async run(command) {
      child.stdin!.write(`${JSON.stringify(command)}\n`);
      const line = await nextLine();
      try {
        return JSON.parse(line) as StepResult;
      } catch {
        throw new Error(`step ${name} printed no result: ${line}`);
      }
    },
    async close() {
      child.stdin!.end();
      await exited;
    },
  };
  return nextLine().then((line) => {
    if (line !== 'ready') throw new Error(`step ${name} did not start: ${line}`);
    return step;
  });
}
