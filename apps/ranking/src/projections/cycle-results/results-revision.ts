import type { PoolClient } from 'pg';
import { table } from '../../infrastructure/ranking-schema';

/**
 * Marks the cycles a consumer's transaction changed: their stored results are stale from its commit on.
 * Sorted, so two transactions touching the same cycles lock the rows in one order (no deadlock).
 */
export async function markResultsStale(tx: PoolClient, consumer: string, cycleIds: Iterable<string>): Promise<void> {
  const cycles = [...new Set(cycleIds)].sort();
  if (cycles.length === 0) return;
  await tx.query(
    `INSERT INTO ${table('results_revisions')} (cycle_id, consumer, revision) SELECT cycle_id, $1, 1 FROM unnest($2::text[]) AS cycle_id
     ON CONFLICT (cycle_id, consumer) DO UPDATE SET revision = results_revisions.revision + 1`,
    [consumer, cycles],
  );
}
