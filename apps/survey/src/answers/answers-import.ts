import type { BatchUnitCounts, RejectedRow, ResponsesChunk, ResponsesEnd } from '@par/contracts';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Pool, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { SURVEY_SCHEMA } from '../survey.config';
import { copyLines } from './copy-text';

const s = SURVEY_SCHEMA;

/** The rejected rows handed back in full; beyond them only their count (a bad export can reject every row). */
export const MAX_REJECTED_ROWS_SHOWN = 1_000;

/** Lock class of pg_advisory_lock(int, int): imports of one campaign commit one at a time (second key: the campaign). */
const IMPORT_LOCK_CLASS = 0x53_56_59_31; // 'SVY1'

export interface StagedFile {
  readonly end: ResponsesEnd;
  /** The first MAX_REJECTED_ROWS_SHOWN rejected rows, in file order. */
  readonly rejected: readonly RejectedRow[];
}

export interface BatchCounts {
  readonly answers: number;
  readonly respondents: number;
  readonly units: readonly BatchUnitCounts[];
}

/**
 * One responses file on its way into survey.answers, on one connection held for the whole import.
 *
 * The batch id is the file's checksum, known only once the last byte is read; so the accepted rows are first
 * COPYed into a temporary table of this transaction. Under a lock on the campaign, a file already recorded is
 * rolled back without a row reaching survey.answers; otherwise the rows move in and commit, then the caller
 * appends ResponsesBatchAccepted (the commit point) or, if that fails, removes the batch's rows again.
 */
export class AnswersImport {
  private locked?: string;

  private constructor(private readonly client: PoolClient) {}

  static async begin(pool: Pool): Promise<AnswersImport> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `CREATE TEMP TABLE staged_answers (respondent text NOT NULL, unit_id text NOT NULL, question text NOT NULL, answer smallint) ON COMMIT DROP`,
      );
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
    return new AnswersImport(client);
  }

  /** COPYs the accepted rows of every chunk as the file streams in; a file-level refusal is thrown as is. */
  async stage(chunks: AsyncIterable<ResponsesChunk>): Promise<StagedFile> {
    const rejected: RejectedRow[] = [];
    let end: ResponsesEnd | undefined;
    async function* lines(): AsyncGenerator<string> {
      for await (const chunk of chunks) {
        for (const row of chunk.rejected) if (rejected.length < MAX_REJECTED_ROWS_SHOWN) rejected.push(row);
        if (chunk.end) end = chunk.end;
        if (chunk.accepted.length > 0) yield copyLines(chunk.accepted);
      }
    }
    const copy = this.client.query(copyFrom('COPY pg_temp.staged_answers (respondent, unit_id, question, answer) FROM STDIN'));
    await pipeline(Readable.from(lines()), copy);
    if (!end) throw new Error('the responses reader ended without its summary');
    return { end, rejected };
  }

  /** Waits for any other import of the campaign to finish committing; held until close(). */
  async lock(campaignId: string): Promise<void> {
    await this.client.query('SELECT pg_advisory_lock($1, hashtext($2))', [IMPORT_LOCK_CLASS, campaignId]);
    this.locked = campaignId;
  }

  /** The staged rows into survey.answers under the batch id, committed; answers the batch's counts. */
  async commit(campaignId: string, batchId: string, satisfied: readonly number[]): Promise<BatchCounts> {
    // Rows left by an earlier attempt whose event was never appended (a crash between commit and append).
    await this.client.query(`DELETE FROM ${s}.answers WHERE campaign_id = $1 AND batch_id = $2`, [campaignId, batchId]);
    await this.client.query(
      `INSERT INTO ${s}.answers (campaign_id, batch_id, respondent, unit_id, question, answer)
       SELECT $1, $2, respondent, unit_id, question, answer FROM pg_temp.staged_answers`,
      [campaignId, batchId],
    );
    // One pass over the staged rows (a hash of unit × respondent), rather than a sort of every row per count.
    const units = await this.client.query<{ unit_id: string; respondents: number; answers: number; satisfied: number; total: number }>(
      `WITH per_respondent AS MATERIALIZED (
         SELECT unit_id, respondent, count(answer) AS answers, count(*) FILTER (WHERE answer = ANY($1::smallint[])) AS satisfied
           FROM pg_temp.staged_answers GROUP BY unit_id, respondent)
       SELECT unit_id, count(*)::int AS respondents, sum(answers)::int AS answers, sum(satisfied)::int AS satisfied,
              (SELECT count(DISTINCT respondent) FROM per_respondent)::int AS total
         FROM per_respondent GROUP BY unit_id ORDER BY unit_id`,
      [[...satisfied]],
    );
    await this.client.query('COMMIT');
    const unitCounts = units.rows.map((row) => ({ unitId: row.unit_id, respondents: row.respondents, answers: row.answers, satisfied: row.satisfied }));
    return { answers: unitCounts.reduce((sum, unit) => sum + unit.answers, 0), respondents: units.rows[0]?.total ?? 0, units: unitCounts };
  }

  /** Nothing of the file is kept. */
  async discard(): Promise<void> {
    await this.client.query('ROLLBACK');
  }

  /** The batch's rows, after its event could not be appended: they were never counted, now they are gone. */
  async removeBatch(campaignId: string, batchId: string): Promise<void> {
    await this.client.query(`DELETE FROM ${s}.answers WHERE campaign_id = $1 AND batch_id = $2`, [campaignId, batchId]);
  }

  /** Unlocks and gives the connection back; after a failure mid-way the connection is closed rather than reused. */
  async close(failure?: unknown): Promise<void> {
    if (failure !== undefined) {
      this.client.release(failure instanceof Error ? failure : new Error(String(failure)));
      return;
    }
    try {
      if (this.locked !== undefined) await this.client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [IMPORT_LOCK_CLASS, this.locked]);
      this.client.release();
    } catch (error) {
      this.client.release(error as Error);
    }
  }
}
