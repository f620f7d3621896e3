import type { GlobalPosition } from '@par/event-store';
import { escapeIdentifier, Pool, PoolClient } from 'pg';
import { positionFromRow, positionParameters, PositionRow, SELECT_POSITION } from '../postgres/position-columns';

/**
 * Where an in-process consumer resumes in a source log. Saved in the transaction that applies the
 * event, so after a crash the consumer resumes exactly after the last applied event.
 */
export class ConsumerCheckpoints {
  private readonly table: string;

  constructor(
    private readonly pool: Pool,
    schema: string,
  ) {
    this.table = `${escapeIdentifier(schema)}.consumer_checkpoints`;
  }

  async load(consumer: string, source: string): Promise<GlobalPosition | null> {
    const { rows } = await this.pool.query<PositionRow>(`SELECT ${SELECT_POSITION} FROM ${this.table} WHERE consumer = $1 AND source = $2`, [consumer, source]);
    return rows[0] ? positionFromRow(rows[0]) : null;
  }

  async save(tx: PoolClient, consumer: string, source: string, at: GlobalPosition): Promise<void> {
    await tx.query(
      `INSERT INTO ${this.table} (consumer, source, transaction_id, position) VALUES ($1, $2, $3, $4)
       ON CONFLICT (consumer, source) DO UPDATE
         SET transaction_id = excluded.transaction_id, position = excluded.position, updated_at = now()`,
      [consumer, source, ...positionParameters(at)],
    );
  }
}
