import type { Pool } from 'pg';
import type { CommandRecord } from './command-record';
import { type Distribution, distribution } from './stats';

/**
 * Where a command's time goes between its 2xx and ranking showing it, per stage (p50/p99/max, ms), from what
 * each hop recorded itself, read after the phase (one machine, one clock):
 * - committedToPublished: the event's recorded_at in the appraisal log (its append's transaction start) to its
 *   message's timestamp on the topic: the relay's wait (poll interval, the global-order horizon) and its read;
 * - publishedToApplying: the message's timestamp to ranking's processed mark (processed_at, the start of the
 *   consumer's transaction): the broker, the fetch, the wait behind earlier messages of the partition;
 * - applyingToSeen: that transaction's start to the bench seeing the row (ranking-watch.ts): the projection,
 *   its commit and the observation's poll;
 * - ackToPublished: the 2xx to the publish (negative: published before the reply reached the bench).
 */
export interface StageTimes {
  readonly committedToPublished: Distribution;
  readonly publishedToApplying: Distribution;
  readonly applyingToSeen: Distribution;
  readonly ackToPublished: Distribution;
  /** Commands whose event, message or processed mark was not found (should be 0). */
  readonly unmatched: number;
  /**
   * Events a second the relay published and ranking started applying, over each one's own span (first to last
   * of the phase's commands): below the offered rate, that hop is where a queue builds.
   */
  readonly publishedPerSecond: number | null;
  readonly appliedPerSecond: number | null;
}

export async function stageTimes(pool: Pool, records: readonly CommandRecord[], publishedTimes: ReadonlyMap<string, number>): Promise<StageTimes> {
  const seen = records.filter((record) => record.seenAt !== undefined && record.streamId !== undefined);
  const { rows } = await pool.query<{ stream_id: string; stream_version: number; event_id: string; recorded_ms: string; processed_ms: string | null }>(
    `SELECT e.stream_id, e.stream_version, e.event_id::text AS event_id,
            extract(epoch FROM e.recorded_at) * 1000 AS recorded_ms, extract(epoch FROM p.processed_at) * 1000 AS processed_ms
       FROM unnest($1::text[], $2::int[]) AS c(stream_id, version)
       JOIN appraisal.events e ON e.stream_id = c.stream_id AND e.stream_version = c.version
       LEFT JOIN ranking.processed_events p ON p.consumer = 'ranking-appraisal' AND p.event_id = e.event_id::text`,
    [seen.map((record) => record.streamId), seen.map((record) => record.version)],
  );
  const byCommand = new Map(rows.map((row) => [`${row.stream_id}@${row.stream_version}`, row]));
  const stages = { committedToPublished: [] as number[], publishedToApplying: [] as number[], applyingToSeen: [] as number[], ackToPublished: [] as number[] };
  let unmatched = 0;
  const published: number[] = [];
  const applied: number[] = [];
  for (const record of seen) {
    const row = byCommand.get(`${record.streamId}@${record.version}`);
    const publishedAt = row ? publishedTimes.get(row.event_id) : undefined;
    if (!row || publishedAt === undefined || row.processed_ms === null) {
      unmatched += 1;
      continue;
    }
    const applying = Number(row.processed_ms);
    published.push(publishedAt);
    applied.push(applying);
    stages.committedToPublished.push(publishedAt - Number(row.recorded_ms));
    stages.publishedToApplying.push(applying - publishedAt);
    stages.applyingToSeen.push(record.seenAt! - applying);
    stages.ackToPublished.push(publishedAt - record.ackAt!);
  }
  return {
    publishedPerSecond: ratePerSecond(published),
    appliedPerSecond: ratePerSecond(applied),
    committedToPublished: distribution(stages.committedToPublished),
    publishedToApplying: distribution(stages.publishedToApplying),
    applyingToSeen: distribution(stages.applyingToSeen),
    ackToPublished: distribution(stages.ackToPublished),
    unmatched,
  };
}

/** Events over the span between the first and the last of their times, a second. */
function ratePerSecond(times: readonly number[]): number | null {
  if (times.length < 2) return null;
  const first = times.reduce((min, time) => Math.min(min, time), Infinity);
  const last = times.reduce((max, time) => Math.max(max, time), -Infinity);
  return last > first ? Math.round(((times.length - 1) / (last - first)) * 1000 * 10) / 10 : null;
}
