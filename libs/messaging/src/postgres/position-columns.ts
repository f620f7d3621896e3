import type { GlobalPosition } from '@par/event-store';

/**
 * A GlobalPosition stored as two numeric(20, 0) columns `transaction_id` and `position` (both parts are
 * unsigned 64-bit; bigint is signed). Read as text, since neither fits a JS number.
 */
export const SELECT_POSITION = 'transaction_id::text AS transaction_id, position::text AS position';

export interface PositionRow {
  transaction_id: string;
  position: string;
}

export function positionFromRow(row: PositionRow): GlobalPosition {
  return { transactionId: BigInt(row.transaction_id), position: BigInt(row.position) };
}

export function positionParameters(at: GlobalPosition): [string, string] {
  return [at.transactionId.toString(), at.position.toString()];
}
