import type { GlobalPosition } from '@par/event-store';
import { escapeIdentifier, Pool } from 'pg';
import { positionFromRow, positionParameters, PositionRow, SELECT_POSITION } from '../postgres/position-columns';
import { runMigrations } from '@par/event-store';

/** Creates the relay's checkpoint table in the service's schema; safe to call on every start. */
export function migrateRelayTables(pool: Pool, schema: string): Promise<void> {
  return runMigrations(pool, {
    schema,
    ledger: 'relay_migrations',
    // IF NOT EXISTS: databases created before this ledger existed already hold the tables.
    migrations: [
      {
        name: '0001_relay_checkpoints',
        sql: (s) => `
      CREATE TABLE IF NOT EXISTS ${s}.relay_checkpoints (
        relay          text PRIMARY KEY,
        -- see position-columns.ts
        transaction_id numeric(20, 0) NOT NULL,
        position       numeric(20, 0) NOT NULL,
        updated_at     timestamptz NOT NULL DEFAULT now()
      )`,
      },
    ],
  });
}

/** The last global position a relay saw acknowledged by the broker, one row per relay (topic). */
export class RelayCheckpoints {
  private readonly table: string;

  constructor(
    private readonly pool: Pool,
    schema: string,
  ) {
    this.table = `${escapeIdentifier(schema)}.relay_checkpoints`;
  }

  async load(relay: string): Promise<GlobalPosition | null> {
    const { rows } = await this.pool.query<PositionRow>(`SELECT ${SELECT_POSITION} FROM ${this.table} WHERE relay = $1`, [relay]);
    return rows[0] ? positionFromRow(rows[0]) : null;
  }

  /** Never moves backwards: a stale second relay instance cannot undo the progress of the first. */
  async save(relay: string, at: GlobalPosition): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.table} AS c (relay, transaction_id, position) VALUES ($1, $2, $3)
       ON CONFLICT (relay) DO UPDATE
         SET transaction_id = excluded.transaction_id, position = excluded.position, updated_at = now()
         WHERE (c.transaction_id, c.position) < (excluded.transaction_id, excluded.position)`,
      [relay, ...positionParameters(at)],
    );
  }
}
