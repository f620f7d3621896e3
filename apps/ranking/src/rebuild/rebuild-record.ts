import { inTransaction } from '@par/event-store';
import { resetConsumers } from '@par/messaging';
import type { Pool, PoolClient } from 'pg';
import { RANKING_SCHEMA, table } from '../infrastructure/ranking-schema';
import { RANKING_READ_MODEL_TABLES } from './read-model-tables';

/**
 * Starts a rebuild, or finds the one under way: a new one records itself, empties the read models, sets their
 * lookup indexes aside and makes the consumers start over, in one transaction — so a rebuild killed at any
 * point is either not started or resumable from the consumers' committed checkpoints, never emptied twice.
 */
export function beginRebuild(pool: Pool, consumers: readonly string[]): Promise<{ resumed: boolean }> {
  return inTransaction(pool, async (tx) => {
    await tx.query(`LOCK TABLE ${table('read_model_rebuilds')} IN EXCLUSIVE MODE`);
    const underWay = await tx.query(`SELECT id FROM ${table('read_model_rebuilds')} WHERE finished_at IS NULL`);
    if (underWay.rowCount !== 0) return { resumed: true };
    await tx.query(`TRUNCATE ${RANKING_READ_MODEL_TABLES.map(table).join(', ')}`);
    const setAside = await setIndexesAside(tx);
    await tx.query(`INSERT INTO ${table('read_model_rebuilds')} (set_aside) VALUES ($1)`, [JSON.stringify(setAside)]);
    await resetConsumers(tx, RANKING_SCHEMA, consumers);
    return { resumed: false };
  });
}

/**
 * Adds a run's events to the rebuild under way. `finished`: the read models are caught up with every log;
 * the indexes set aside are built again (each at once, from sorted rows: cheaper than keeping it up row by
 * row) in the same transaction that records the end.
 */
export async function recordRun(pool: Pool, events: number, finished: boolean): Promise<void> {
  await inTransaction(pool, async (tx) => {
    const { rows } = await tx.query<{ set_aside: string[] }>(
      `UPDATE ${table('read_model_rebuilds')} SET events = coalesce(events, 0) + $1, finished_at = CASE WHEN $2 THEN now() END
        WHERE finished_at IS NULL RETURNING set_aside`,
      [events, finished],
    );
    if (finished) for (const definition of rows[0]?.set_aside ?? []) await tx.query(definition.replace(/^CREATE INDEX /, 'CREATE INDEX IF NOT EXISTS '));
  });
}

/**
 * Drops the read models' indexes that only serve reads — neither a primary key nor unique: no write of a
 * rebuild looks a row up by them — and answers their definitions. Until the rebuild finishes, the platform
 * works without them (a killed rebuild's tables stay correct for the live consumers), only slower to query.
 */
async function setIndexesAside(tx: PoolClient): Promise<string[]> {
  const { rows } = await tx.query<{ name: string; definition: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
       JOIN pg_class c ON c.oid = i.indexrelid
       JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1 AND t.relname = ANY($2::text[]) AND NOT i.indisprimary AND NOT i.indisunique
      ORDER BY 1`,
    [RANKING_SCHEMA, [...RANKING_READ_MODEL_TABLES]],
  );
  for (const { name } of rows) await tx.query(`DROP INDEX ${name}`);
  return rows.map((row) => row.definition);
}

/** Whether a rebuild was started and not finished (stopped or killed): the platform says so when it starts. */
export async function rebuildUnderWay(pool: Pool): Promise<boolean> {
  const { rows } = await pool.query<{ table: string | null }>(`SELECT to_regclass($1) AS table`, [table('read_model_rebuilds')]);
  if (rows[0].table === null) return false;
  const underWay = await pool.query(`SELECT 1 FROM ${table('read_model_rebuilds')} WHERE finished_at IS NULL`);
  return underWay.rowCount !== 0;
}
