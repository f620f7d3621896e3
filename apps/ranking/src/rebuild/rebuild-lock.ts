import type { Pool } from 'pg';

/** One key for ranking's rebuilds on a database (a session-level advisory lock). */
const REBUILD_LOCK = "hashtext('par:ranking:read-model-rebuild')";

export class RebuildUnderWayError extends Error {
  constructor() {
    super('another rebuild of the ranking read models is running on this database');
    this.name = 'RebuildUnderWayError';
  }
}

/** Runs `work` holding the rebuild lock, on a connection of its own; refuses at once if another holds it. */
export async function withRebuildLock<T>(pool: Pool, work: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${REBUILD_LOCK}) AS locked`);
    if (!rows[0].locked) throw new RebuildUnderWayError();
    try {
      return await work();
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${REBUILD_LOCK})`);
    }
  } finally {
    client.release();
  }
}
