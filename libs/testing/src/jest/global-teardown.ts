// Stops what global setup started (a broker it launched, containers), once, however many projects call it.
import { runState } from './run-state';

export default async function globalTeardown(): Promise<void> {
  const state = runState();
  if (!state.setup || state.tornDown) return;
  state.tornDown = true;
  // A failed setup already undid its partial work.
  const infra = await state.setup.catch(() => undefined);
  await infra?.stop();
}
