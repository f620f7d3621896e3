import type { GlobalPosition } from '@par/event-store';
import { escapeIdentifier, type Pool } from 'pg';

/**
 * The events of an embedded service's log (its schema) after a position, all of them when null: what a
 * rebuild's progress counts to. The order is the store's own, (transaction id, position).
 */
export async function countEvents(pool: Pool, schema: string, after: GlobalPosition | null): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM ${escapeIdentifier(schema)}.events WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)`,
    [String(after?.transactionId ?? 0n), String(after?.position ?? 0n)],
  );
  return Number(rows[0].n);
}
