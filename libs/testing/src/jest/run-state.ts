// Jest calls globalSetup/globalTeardown once per project that declares them, all in one process. The state
// lives on globalThis (not in a module variable) because each project may load these modules afresh.
import type { TestInfrastructure } from '../infra/resolve';

interface RunState {
  setup?: Promise<TestInfrastructure>;
  tornDown?: boolean;
}

const KEY = Symbol.for('par.testing.run-state');

export function runState(): RunState {
  const holder = globalThis as typeof globalThis & { [KEY]?: RunState };
  return (holder[KEY] ??= {});
}
