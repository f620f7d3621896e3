/**
 * Parent side of step.ts: runs one step in a fresh Node process and returns its StepResult.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { StepRequest, StepResult } from './step';

const STEP_ENTRY = join(__dirname, 'step.ts');

/** The step currently running, so an interrupt can stop it before the databases are dropped. */
let running: ChildProcess | undefined;

export function stopRunningStep(): void {
  running?.kill('SIGTERM');
}

export function runStepProcess(request: StepRequest): Promise<StepResult> {
  return new Promise((resolve, reject) => {
    // process.execArgv carries tsx's loader flags, so the child runs TypeScript (and resolves the
    // @par/* tsconfig paths) exactly as this process does.
    const child = spawn(process.execPath, [...process.execArgv, STEP_ENTRY, JSON.stringify(request)], {
      // stdout is the step's result; its stderr (progress, errors) goes straight to ours.
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    running = child;
    let stdout = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      running = undefined;
      if (code !== 0) {
        reject(new Error(`step ${request.store}/${request.scenario} exited with ${signal ?? `code ${String(code)}`}`));
        return;
      }
      try {
        resolve(JSON.parse(stdout.trim()) as StepResult);
      } catch {
        reject(new Error(`step ${request.store}/${request.scenario} printed no result: ${stdout}`));
      }
    });
  });
}
