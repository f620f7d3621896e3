import type { Pool, PoolClient } from 'pg';
import type { ExpectedVersion, NewEvent } from '../event-store.port';
import { appendParameters } from '../postgres/append-parameters';
import { prepareEvents } from '../prepare-events';

/** A writer whose transaction stays open until the test commits it: for deliberately slow, out-of-order commits. */
export interface OpenTransaction {
  /** Gives the transaction its id now (as a first write would), before it appends anything. */
  takeTransactionId(): Promise<bigint>;
  append(streamId: string, events: NewEvent[], expectedVersion?: ExpectedVersion): Promise<void>;
  commit(): Promise<void>;
}

export async function openTransaction(pool: Pool, schema: string): Promise<OpenTransaction> {
  const client: PoolClient = await pool.connect();
  await client.query('BEGIN');
  return {
    async takeTransactionId() {
      const { rows } = await client.query<{ xid: string }>('SELECT pg_current_xact_id()::text AS xid');
      return BigInt(rows[0].xid);
    },
    async append(streamId, events, expectedVersion = 'any') {
      const values = appendParameters(streamId, prepareEvents(streamId, events), expectedVersion);
      await client.query(`SELECT * FROM ${schema}.append_events($1, $2, $3, $4)`, values);
    },
    async commit() {
      try {
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    },
  };
}
