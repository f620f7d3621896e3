import { merged, type PhaseRun } from './drive';
import { commandPhase, LIMIT_ROUTES, limitPhase, type LimitRoute, type PhaseContext } from './phases';
import type { CommandKind, Workload } from './workload';

export const KINDS: readonly CommandKind[] = ['appraisal', 'self'];
const ROUNDS = 4;

export interface WriterLevelRun {
  readonly limits: Readonly<Record<LimitRoute, PhaseRun>>;
  readonly commands: ReadonlyMap<CommandKind, PhaseRun>;
}

type Phase = LimitRoute | CommandKind;
const PHASES: readonly Phase[] = [...(Object.keys(LIMIT_ROUTES) as LimitRoute[]), ...KINDS];

/**
 * The limits and both kinds of command at one writer count, in ROUNDS alternating slices, each round in
 * another order: on a shared machine the load of others, and the read models catching up after each
 * slice, fall on all of them alike. `total` operations of each.
 */
export async function measureRounds(
  context: PhaseContext,
  workloads: ReadonlyMap<CommandKind, Workload>,
  writers: number,
  total: number,
  label: string,
): Promise<WriterLevelRun> {
  const runs = new Map<Phase, PhaseRun[]>(PHASES.map((phase) => [phase, []]));
  const slice = Math.ceil(total / ROUNDS);
  for (let round = 0; round < ROUNDS; round++) {
    for (let step = 0; step < PHASES.length; step++) {
      const phase = PHASES[(round + step) % PHASES.length];
      const tag = `${label}-${phase}-r${round}`;
      const workload = workloads.get(phase as CommandKind);
      const run = workload ? await commandPhase(context, workload, writers, slice, tag) : await limitPhase(context, phase as LimitRoute, writers, slice, tag);
      runs.get(phase)?.push(run);
    }
  }
  const of = (phase: Phase) => merged(runs.get(phase) ?? []);
  return { limits: { limit: of('limit'), hopLimit: of('hopLimit') }, commands: new Map(KINDS.map((kind) => [kind, of(kind)])) };
}
