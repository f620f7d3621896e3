import type { Migration } from '@par/event-store';

/**
 * The results read model (issue 12): each cycle's results document as last computed, and the revisions
 * that tell whether it is still current. A revision is a counter per cycle and per consumer: every event a
 * consumer applies to a cycle raises its own row, so consumers never wait on each other's row, and the sum
 * over a cycle's rows only ever grows — the document is current while its revision equals that sum.
 * `json`, not `jsonb`: the document is served byte for byte in its key order (INTERCHANGE.md).
 */
export const CYCLE_RESULTS_MIGRATIONS: readonly Migration[] = [
  {
    name: 'cycle_results_0001_tables',
    sql: (s) => `
      CREATE TABLE ${s}.results_revisions (
        cycle_id text NOT NULL, consumer text NOT NULL, revision bigint NOT NULL,
        PRIMARY KEY (cycle_id, consumer)
      );
      CREATE TABLE ${s}.cycle_results (
        cycle_id text NOT NULL, revision bigint NOT NULL, document json NOT NULL, computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (cycle_id)
      )`,
  },
];
