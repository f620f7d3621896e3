// Test only, run as a script (`node -r @swc-node/register dump-read-models.ts <dataDir>`): jest cannot load the
// embedded PostgreSQL package (ES modules), so the read models of a data dir are read in a process of their own.
import 'reflect-metadata';
import { RANKING_READ_MODEL_TABLES } from '@par/ranking';
import { openEmbeddedPlatform } from '../../embedded/embedded-platform';

/** Counters of how often results went stale, and the documents computed from them: not what a rebuild must reproduce. */
const DERIVED = new Set<string>(['results_revisions', 'cycle_results']);

async function dump(dataDir: string): Promise<void> {
  const platform = await openEmbeddedPlatform(dataDir, () => undefined);
  try {
    const tables: Record<string, string[]> = {};
    for (const table of RANKING_READ_MODEL_TABLES.filter((name) => !DERIVED.has(name))) {
      const { rows } = await platform.pool.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM ranking.${table} t ORDER BY 1`);
      tables[table] = rows.map(({ row }) => row);
    }
    process.stdout.write(JSON.stringify(tables));
  } finally {
    await platform.close();
  }
}

dump(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
