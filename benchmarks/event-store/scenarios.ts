/**
 * The scenarios of the ISSUE: {single appends, batches of 50} x {1 writer, 4 concurrent writers},
 * each appending the full event count to fresh streams, then one read of everything in global order.
 */

export interface AppendScenario {
  readonly kind: 'append';
  readonly name: string;
  readonly writers: number;
  /** Events per append call (one round trip per call for every store). */
  readonly batchSize: number;
}

export interface ReadScenario {
  readonly kind: 'read';
  readonly name: string;
}

export type Scenario = AppendScenario | ReadScenario;

export const APPEND_SCENARIOS: readonly AppendScenario[] = [
  { kind: 'append', name: 'single-1w', writers: 1, batchSize: 1 },
  { kind: 'append', name: 'single-4w', writers: 4, batchSize: 1 },
  { kind: 'append', name: 'batch50-1w', writers: 1, batchSize: 50 },
  { kind: 'append', name: 'batch50-4w', writers: 4, batchSize: 50 },
];

/** Runs after every append scenario, over everything they wrote (4 x --events). */
export const READ_ALL: ReadScenario = { kind: 'read', name: 'read-all' };

export const SCENARIOS: readonly Scenario[] = [...APPEND_SCENARIOS, READ_ALL];

export const MAX_WRITERS = Math.max(...APPEND_SCENARIOS.map((s) => s.writers));

export function scenarioByName(name: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.name === name);
}
