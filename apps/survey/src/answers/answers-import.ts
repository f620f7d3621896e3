import { type BatchUnitCounts, echo, type RejectedRow, type ResponsesChunk, type ResponsesEnd } from '@par/contracts';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Pool, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { SURVEY_SCHEMA } from '../survey.config';
import { COPY_COLUMNS, copyLines } from './copy-text';

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

/** Rows of an import that repeated a respondent–question pair of an earlier batch, removed before its commit. */
export interface RepeatedRows {
  readonly count: number;
  /** The first MAX_REJECTED_ROWS_SHOWN of them, in file order, as rejected rows. */
  readonly rows: readonly RejectedRow[];
}

export interface BatchCounts {
  readonly answers: number;
  readonly respondents: number;
  readonly units: readonly BatchUnitCounts[];
}

/**
 * One responses file on its way into survey.answers, on one connection and in one transaction held for the
 * whole import. The batch id is the file's checksum, known only once the last byte is read; so the rows are
 * COPYed straight into survey.answers under a key of this import (survey.answer_imports), written once.
 *
 * At the end, under a lock on the campaign: a file already recorded rolls back, and not a row of it was ever
 * visible; otherwise the import records its batch id and commits, then the caller appends
 * ResponsesBatchAccepted (the commit point) or, if that fails, removes the import again. Rows of an import
 * committed but whose event never came (a crash in between) are never counted (the indices join the accepted
 * batches) and are removed by the next import of the campaign, under the same lock.
 */
export class AnswersImport {
  private locked?: string;

  private constructor(
    private readonly client: PoolClient,
    private readonly campaignId: string,
    private readonly importId: string,
  ) {}

  static async begin(pool: Pool, campaignId: string): Promise<AnswersImport> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const started = await client.query<{ import_id: string }>(`INSERT INTO ${s}.answer_imports (campaign_id) VALUES ($1) RETURNING import_id`, [campaignId]);
      return new AnswersImport(client, campaignId, started.rows[0].import_id);
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
  }

  /** COPYs the accepted rows of every chunk as the file streams in; a file-level refusal is thrown as is. */
  async stage(chunks: AsyncIterable<ResponsesChunk>): Promise<StagedFile> {
    const rejected: RejectedRow[] = [];
    let end: ResponsesEnd | undefined;
    const importId = this.importId;
    async function* lines(): AsyncGenerator<string> {
      for await (const chunk of chunks) {
        for (const row of chunk.rejected) if (rejected.length < MAX_REJECTED_ROWS_SHOWN) rejected.push(row);
        if (chunk.end) end = chunk.end;
        if (chunk.accepted.length > 0) yield copyLines(importId, chunk.accepted);
      }
    }
    const copy = this.client.query(copyFrom(`COPY ${s}.answers ${COPY_COLUMNS} FROM STDIN`));
    await pipeline(Readable.from(lines()), copy);
    if (!end) throw new Error('the responses reader ended without its summary');
    return { end, rejected };
  }

  /** Waits for any other import of the campaign to finish committing; held until close(). */
  async lock(): Promise<void> {
    await this.client.query('SELECT pg_advisory_lock($1, hashtext($2))', [IMPORT_LOCK_CLASS, this.campaignId]);
    this.locked = this.campaignId;
  }

  /**
   * Under the lock, before commit: removes the rows of this import whose respondent already answered the same
   * question in a batch of the campaign now in the log (`recorded`), and answers them as rejected rows. One
   * statement (a semi-join of the import's rows with the earlier batches' rows), never a query per row; nothing
   * to compare for a campaign's first batch.
   */
  async removeRepeated(recorded: readonly string[]): Promise<RepeatedRows> {
    if (recorded.length === 0) return { count: 0, rows: [] };
    const { rows } = await this.client.query<{ count: number; shown: { line: number; question: string }[] }>(
      `WITH repeated AS (
         DELETE FROM ${s}.answers a
          WHERE a.import_id = $1
            AND EXISTS (SELECT 1 FROM ${s}.answer_imports i JOIN ${s}.answers e ON e.import_id = i.import_id
                         WHERE i.campaign_id = $2 AND i.batch_id = ANY($3::text[]) AND e.respondent = a.respondent AND e.question = a.question)
         RETURNING a.line, a.question)
       SELECT (SELECT count(*)::int FROM repeated) AS count,
              (SELECT coalesce(json_agg(first ORDER BY first.line), '[]'::json)
                 FROM (SELECT line, question FROM repeated ORDER BY line LIMIT $4) first) AS shown`,
      [this.importId, this.campaignId, [...recorded], MAX_REJECTED_ROWS_SHOWN],
    );
    const { count, shown } = rows[0];
    return { count, rows: shown.map(({ line, question }) => ({ line, code: 'RESPONSE_DUPLICATE', reason: repeatedReason(question) })) };
  }

  /**
   * Under the lock: removes the imports of the campaign left without their event (`recorded`: the batches
   * in the log now), records this import's batch id and commits; answers the batch's counts.
   */
  async commit(batchId: string, recorded: readonly string[], satisfied: readonly number[]): Promise<BatchCounts> {
    const orphans = await this.client.query<{ import_id: string }>(
      `SELECT import_id FROM ${s}.answer_imports WHERE campaign_id = $1 AND import_id <> $2 AND (batch_id IS NULL OR batch_id <> ALL($3::text[]))`,
      [this.campaignId, this.importId, [...recorded]],
    );
    if (orphans.rows.length > 0) await this.remove(orphans.rows.map((row) => row.import_id));
    await this.client.query(`UPDATE ${s}.answer_imports SET batch_id = $2 WHERE import_id = $1`, [this.importId, batchId]);
    // One pass over the import's rows (a hash of unit × respondent), rather than a sort of every row per count.
    const units = await this.client.query<{ unit_id: string; respondents: number; answers: number; satisfied: number; total: number }>(
      `WITH per_respondent AS MATERIALIZED (
         SELECT unit_id, respondent, count(answer) AS answers, count(*) FILTER (WHERE answer = ANY($2::smallint[])) AS satisfied
           FROM ${s}.answers WHERE import_id = $1 GROUP BY unit_id, respondent)
       SELECT unit_id, count(*)::int AS respondents, sum(answers)::int AS answers, sum(satisfied)::int AS satisfied,
              (SELECT count(DISTINCT respondent) FROM per_respondent)::int AS total
         FROM per_respondent GROUP BY unit_id ORDER BY unit_id`,
      [this.importId, [...satisfied]],
    );
    await this.client.query('COMMIT');
    const unitCounts = units.rows.map((row) => ({ unitId: row.unit_id, respondents: row.respondents, answers: row.answers, satisfied: row.satisfied }));
    return { answers: unitCounts.reduce((sum, unit) => sum + unit.answers, 0), respondents: units.rows[0]?.total ?? 0, units: unitCounts };
  }

  /** Nothing of the file is kept. */
  async discard(): Promise<void> {
    await this.client.query('ROLLBACK');
  }

  /** The import's rows, after its event could not be appended: they were never counted, now they are gone. */
  async removeBatch(): Promise<void> {
    await this.remove([this.importId]);
  }

  private async remove(importIds: readonly string[]): Promise<void> {
    await this.client.query(`DELETE FROM ${s}.answers WHERE import_id = ANY($1::bigint[])`, [importIds]);
    await this.client.query(`DELETE FROM ${s}.answer_imports WHERE import_id = ANY($1::bigint[])`, [importIds]);
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

function repeatedReason(question: string): string {
  return `already answered in an earlier batch: the respondent answered question ${echo(question)} in a responses file of this campaign imported before`;
}
