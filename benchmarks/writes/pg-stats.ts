import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withClient } from '@par/testing';

/** Loads pg_stat_statements when the embedded server next starts (the data dir's own configuration). */
export function preloadStatementStats(dataDir: string): void {
  appendFileSync(join(dataDir, 'postgres', 'postgresql.conf'), "\nshared_preload_libraries = 'pg_stat_statements'\n");
}

/** Forgets what the set-up ran, so the report holds the measured phases only. */
export async function resetStatementStats(databaseUrl: string): Promise<void> {
  await withClient(databaseUrl, async (client) => {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await client.query('SELECT pg_stat_statements_reset()');
    await client.query('SELECT pg_stat_reset()');
  });
}

/**
 * The statements by total time, with calls per command, as tab-separated lines in `file`, after a first line
 * with the database's sessions (connections opened), commits and rollbacks since the reset.
 */
export async function writeStatementStats(databaseUrl: string, file: string, commands: number): Promise<void> {
  const database = await withClient(databaseUrl, (client) =>
    client.query<{ sessions: string; commits: string; rollbacks: string }>(
      `SELECT sessions::text, xact_commit::text AS commits, xact_rollback::text AS rollbacks FROM pg_stat_database WHERE datname = current_database()`,
    ),
  );
  const { rows } = await withClient(databaseUrl, (client) =>
    client.query<{ calls: string; total_ms: number; mean_ms: number; query: string }>(
      `SELECT calls::text, round(total_exec_time::numeric, 1)::float AS total_ms, round(mean_exec_time::numeric, 3)::float AS mean_ms,
              regexp_replace(query, '\\s+', ' ', 'g') AS query
         FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 60`,
    ),
  );
  const lines = rows.map((row) => [row.calls, (Number(row.calls) / commands).toFixed(2), row.total_ms, row.mean_ms, row.query.slice(0, 300)].join('\t'));
  const { sessions, commits, rollbacks } = database.rows[0];
  const totals = `# ${commands} commands: ${sessions} sessions opened, ${commits} commits, ${rollbacks} rollbacks`;
  writeFileSync(file, [totals, 'calls\tper command\ttotal ms\tmean ms\tquery', ...lines].join('\n') + '\n');
}
