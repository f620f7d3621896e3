// Answers "is there a Docker engine?" once per process, quickly, and without leaving anything behind.
// The probe runs in a child process: testcontainers cannot cancel a request to an engine that accepts the
// connection but never answers (a stuck Docker Desktop), and such a pending request kept jest from exiting.
import { spawn } from 'node:child_process';
import type { ContainerRuntimeClient } from 'testcontainers';

const PROBE_TIMEOUT_MS = 8_000;
let runtime: Promise<ContainerRuntimeClient | undefined> | undefined;

/** The testcontainers runtime client if an engine answers, else undefined. PAR_TEST_DOCKER=off skips the probe. */
export function dockerRuntime(): Promise<ContainerRuntimeClient | undefined> {
  runtime ??= resolveRuntime();
  return runtime;
}

async function resolveRuntime(): Promise<ContainerRuntimeClient | undefined> {
  if (process.env.PAR_TEST_DOCKER === 'off' || !(await engineAnswers())) return undefined;
  // Imported lazily: loading testcontainers costs ~0.5 s, wasted where no engine runs.
  const { getContainerRuntimeClient } = await import('testcontainers');
  return getContainerRuntimeClient();
}

function engineAnswers(): Promise<boolean> {
  const script =
    `require(${JSON.stringify(require.resolve('testcontainers'))}).getContainerRuntimeClient()` + '.then(() => process.exit(0), () => process.exit(1))';
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore', timeout: PROBE_TIMEOUT_MS });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}
