import { escapeIdentifier, PoolClient } from 'pg';

/**
 * Makes consumers start over from the beginning of their logs, as if they had never run: their checkpoints,
 * processed-event marks and dead letters in the schema are gone, in the caller's transaction (which empties
 * their read models with it). Marks are truncated when no other consumer has any: a million rows go at once.
 */
export async function resetConsumers(tx: PoolClient, schema: string, consumers: readonly string[]): Promise<void> {
  const s = escapeIdentifier(schema);
  const names = [...consumers];
  await tx.query(`DELETE FROM ${s}.consumer_checkpoints WHERE consumer = ANY($1::text[])`, [names]);
  await tx.query(`DELETE FROM ${s}.dead_letters WHERE consumer = ANY($1::text[])`, [names]);
  const { rowCount } = await tx.query(`SELECT 1 FROM ${s}.processed_events WHERE consumer <> ALL($1::text[]) LIMIT 1`, [names]);
  if (rowCount === 0) await tx.query(`TRUNCATE ${s}.processed_events`);
  else await tx.query(`DELETE FROM ${s}.processed_events WHERE consumer = ANY($1::text[])`, [names]);
}
