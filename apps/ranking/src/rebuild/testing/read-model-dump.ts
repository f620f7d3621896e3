// Test only: ranking's read models as comparable data.
import type { Pool } from 'pg';
import { table } from '../../infrastructure/ranking-schema';
import { RANKING_READ_MODEL_TABLES } from '../read-model-tables';

/** Counters of how often results went stale: how many batches carried a change, not what the read models hold. */
const DERIVED = new Set<string>(['results_revisions', 'cycle_results']);

/** Every row of every read model, each table in one order: two dumps are equal when the read models are. */
export async function dumpReadModels(pool: Pool): Promise<Record<string, string[]>> {
  const dump: Record<string, string[]> = {};
  for (const name of RANKING_READ_MODEL_TABLES.filter((name) => !DERIVED.has(name))) {
    const { rows } = await pool.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM ${table(name)} t ORDER BY 1`);
    dump[name] = rows.map(({ row }) => row);
  }
  return dump;
}

/** Empties the read models, as a rebuild does before it replays. */
export async function emptyReadModels(pool: Pool): Promise<void> {
  await pool.query(`TRUNCATE ${RANKING_READ_MODEL_TABLES.map(table).join(', ')}`);
}
