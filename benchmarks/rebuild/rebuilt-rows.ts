import type { Pool } from 'pg';

/** What the rebuild left, read back: rows of the main read models, and the dead letters (there must be none). */
export async function rebuiltRows(pool: Pool) {
  const count = async (table: string) => Number((await pool.query<{ n: string }>(`SELECT count(*)::text AS n FROM ranking.${table}`)).rows[0].n);
  return {
    auditEntries: await count('audit_entries'),
    selfScores: await count('self_scores'),
    leafValues: await count('leaf_values'),
    deadLetters: await count('dead_letters'),
  };
}
