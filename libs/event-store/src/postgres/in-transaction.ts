import type { Pool, PoolClient } from 'pg';

/**
 * COMMIT of a transaction in which a statement failed silently rolls back. That happens when work
 * catches a database error and carries on; reporting success then would lose the work unnoticed.
 */
export class TransactionAbortedError extends Error {
  constructor() {
    super('The transaction was aborted by an earlier failed statement (caught and ignored); nothing was committed');
    this.name = 'TransactionAbortedError';
  }
}

/**
 * Runs `work` in one transaction on one pooled client: commit if it resolves, roll back if it throws.
 * A client that cannot roll back is discarded rather than returned to the pool in an unknown state.
 */
export async function inTransaction<T>(pool: Pool, work: (tx: PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  const client = await pool.connect();
  let unusable: Error | undefined;
  try {
    await client.query(begin);
    const result = await work(client);
    const commit = await client.query('COMMIT');
    if (commit.command === 'ROLLBACK') throw new TransactionAbortedError();
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (unusable = rollbackError));
    throw error;
  } finally {
    client.release(unusable);
  }
}
