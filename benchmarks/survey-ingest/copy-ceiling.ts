import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { streamId } from '@par/contracts';
import { forEachAnswer } from './responses-file';

const ROWS_PER_PIECE = 10_000;
/** The key of one import, as AnswersImport writes it in each row. */
const IMPORT_ID = 1;

/**
 * The ceiling: the same rows, as already-validated COPY text made before the clock starts, COPYed into an
 * unindexed table shaped like survey.answers (LIKE copies no index) on the same database, then dropped.
 */
export async function copyCeiling(client: Client, rows: number, units: number): Promise<{ rows: number; seconds: number }> {
  const pieces: string[] = [];
  let piece = '';
  let count = 0;
  forEachAnswer(rows, units, (respondent, unit, question, answer) => {
    piece += `${IMPORT_ID}\t${respondent}\t${unit}\t${question}\t${answer ?? '\\N'}\n`;
    if (++count % ROWS_PER_PIECE === 0) {
      pieces.push(piece);
      piece = '';
    }
  });
  if (piece !== '') pieces.push(piece);
  await client.query('CREATE TABLE public.bench_copy_ceiling (LIKE survey.answers)');
  try {
    await client.query('CHECKPOINT');
    const started = performance.now();
    await pipeline(
      Readable.from(pieces),
      client.query(copyFrom('COPY public.bench_copy_ceiling (import_id, respondent, unit_id, question, answer) FROM STDIN')),
    );
    const seconds = (performance.now() - started) / 1000;
    const copied = await client.query<{ rows: number }>('SELECT count(*)::int AS rows FROM public.bench_copy_ceiling');
    return { rows: copied.rows[0].rows, seconds };
  } finally {
    await client.query('DROP TABLE public.bench_copy_ceiling');
  }
}

/**
 * How long the import took by the survey log's own clock: from the campaign opening (the same `par survey
 * import` opens it, then reads the file) to ResponsesBatchAccepted, its commit point. Both recorded_at are
 * their transactions' start, so this spans reading, checking, staging, moving the rows in and the counts.
 */
export async function ingestSeconds(client: Client, campaignId: string): Promise<number> {
  const events = await client.query<{ type: string; recorded_at: Date }>(
    `SELECT e.type, e.recorded_at FROM survey.events e WHERE e.stream_id = $1 AND e.type IN ('CampaignOpened', 'ResponsesBatchAccepted') ORDER BY e.global_position`,
    [streamId('campaign', campaignId)],
  );
  const at = (type: string) => events.rows.find((row) => row.type === type)?.recorded_at.getTime();
  const opened = at('CampaignOpened');
  const accepted = at('ResponsesBatchAccepted');
  if (opened === undefined || accepted === undefined) throw new Error(`the survey log of ${campaignId} lacks its opening or its batch`);
  return (accepted - opened) / 1000;
}
