import type { Pool, PoolClient } from 'pg';
import type { VerifyResult } from '../event-store.port';
import { ChainVerifier } from '../verify';
import { inTransaction } from './in-transaction';
import { EVENT_COLUMNS, EVENT_ROWS, EventRow, toRecordedEvent } from './row-mapping';

const PAGE_SIZE = 1000;

/** An event and its stream's head row (null when the row is missing). */
type ChainRow = [...EventRow, headVersion: number | null, headHash: string | null];

/**
 * Streams the whole log through a ChainVerifier with a cursor, in one REPEATABLE READ snapshot so that
 * events and stream heads are seen at the same instant even while appends go on.
 */
export async function verifyChains(pool: Pool, s: string): Promise<VerifyResult> {
  return inTransaction(pool, (client) => walkChains(client, s), 'BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
}

async function walkChains(client: PoolClient, s: string): Promise<VerifyResult> {
  const verifier = new ChainVerifier();
  await client.query(`DECLARE chain NO SCROLL CURSOR FOR
    SELECT ${EVENT_COLUMNS.split(', ')
      .map((column) => `e.${column}`)
      .join(', ')},
           h.version AS head_version, h.last_hash AS head_hash
      FROM ${s}.events e LEFT JOIN ${s}.streams h ON h.stream_id = e.stream_id
     ORDER BY e.stream_id, e.stream_version`);
  for (;;) {
    const { rows } = await client.query<ChainRow>({ text: `FETCH ${PAGE_SIZE} FROM chain`, ...EVENT_ROWS });
    for (const row of rows) {
      const [headVersion, headHash] = [row[12], row[13]];
      const head = headVersion === null ? null : { version: headVersion, lastHash: headHash ?? '' };
      verifier.accept(toRecordedEvent(row.slice(0, 12) as EventRow), head);
    }
    if (rows.length < PAGE_SIZE) break;
  }
  const emptied = await client.query<{ stream_id: string; version: number; last_hash: string }>(
    `SELECT stream_id, version, last_hash FROM ${s}.streams h
      WHERE version > 0 AND NOT EXISTS (SELECT FROM ${s}.events e WHERE e.stream_id = h.stream_id)`,
  );
  for (const row of emptied.rows) verifier.acceptHeadWithoutEvents(row.stream_id, { version: row.version, lastHash: row.last_hash });
  return verifier.result();
}
