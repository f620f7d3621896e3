import type { EventStore, GlobalPosition } from '@par/event-store';
import { LogReplay, migrateConsumerTables } from '@par/messaging';
import type { Pool } from 'pg';
import { RANKING_SCHEMA } from '../infrastructure/ranking-schema';
import { openReadModels } from '../infrastructure/read-models';
import type { EmbeddedSources } from '../ranking.config';
import { beginRebuild, recordRun } from './rebuild-record';
import { migrateRebuildTable } from './rebuild.migration';
import { withRebuildLock } from './rebuild-lock';
import { REBUILD_CONSUMERS } from './set-based-consumers';

export type RebuildSource = keyof typeof REBUILD_CONSUMERS;

export interface RankingRebuildOptions {
  /** The ranking service's database (schema `ranking`); the caller owns the pool. */
  readonly pool: Pool;
  /** The source logs, as the embedded platform gives them to RankingModule (each store upcasts). */
  readonly sources: EmbeddedSources;
  /** Events per batch (one read, one transaction), default 2,000 (LogReplay). */
  readonly batchSize?: number;
  /** The events of a source's log after a position (all of them when null): the total the progress counts to. */
  readonly countEvents?: (source: RebuildSource, after: GlobalPosition | null) => Promise<number>;
  /** Once the read models are ready and the events counted, before the first batch. */
  readonly onStart?: (progress: RebuildProgress & { readonly resumed: boolean }) => void;
  /** After each committed batch. */
  readonly onProgress?: (progress: RebuildProgress) => void;
  /** Asked before each batch: true stops after the last committed one; the next rebuild resumes there. */
  readonly shouldStop?: () => boolean;
}

export interface RebuildProgress {
  /** Events applied by this run. */
  readonly done: number;
  /** Events this run had to apply when it started; null when not counted. */
  readonly total: number | null;
}

export interface RebuildOutcome {
  /** A rebuild was under way (an earlier run stopped or was killed): this run went on from its checkpoints. */
  readonly resumed: boolean;
  /** False when shouldStop stopped it: run it again to finish. */
  readonly finished: boolean;
  readonly events: number;
}

/**
 * `par rebuild ranking`: ranking's read models emptied and filled again from the submissions, appraisal and
 * survey logs, from the start, in large set-based batches (REBUILD_CONSUMERS through LogReplay). Resumable:
 * each batch commits with its consumer's checkpoint, and a rebuild under way is never emptied again. Run it
 * while the platform's consumers are not running on this database (the embedded data dir admits one
 * process); a second rebuild at once is refused. Ranking's decision log is not touched. The results
 * documents are computed again on the next read, or by ResultsRefresher.
 */
export async function rebuildRankingReadModels(options: RankingRebuildOptions): Promise<RebuildOutcome> {
  const { pool, batchSize, shouldStop } = options;
  await (await openReadModels(pool)).destroy();
  await migrateConsumerTables(pool, RANKING_SCHEMA);
  await migrateRebuildTable(pool);
  return withRebuildLock(pool, async () => {
    const { resumed } = await beginRebuild(
      pool,
      Object.values(REBUILD_CONSUMERS).map((consumer) => consumer.name),
    );
    let done = 0;
    let total: number | null = null;
    const onBatch = (events: number) => {
      done += events;
      options.onProgress?.({ done, total });
    };
    const replays = sourcesOf(options.sources).map(({ source, store }) => ({
      source,
      replay: new LogReplay({
        consumer: REBUILD_CONSUMERS[source],
        source: { service: source, store },
        pool,
        schema: RANKING_SCHEMA,
        batchSize,
        shouldStop,
        onBatch,
      }),
    }));
    if (options.countEvents) {
      total = 0;
      for (const { source, replay } of replays) total += await options.countEvents(source, await replay.checkpoint());
    }
    options.onStart?.({ resumed, done, total });
    // The logs at once, each on its own connections: the projections converge whatever order they come in,
    // and no two consumers write the same rows, so the database writes one log's batch while another's is prepared.
    const runs = await Promise.allSettled(replays.map(({ replay }) => replay.run()));
    const failed = runs.find((run): run is PromiseRejectedResult => run.status === 'rejected');
    if (failed) throw failed.reason;
    const finished = runs.every((run) => run.status === 'fulfilled' && !run.value.stopped);
    await recordRun(pool, done, finished);
    return { resumed, finished, events: done };
  });
}

/** The configured source logs. */
function sourcesOf(sources: EmbeddedSources): { source: RebuildSource; store: EventStore }[] {
  const all: [RebuildSource, EventStore | undefined][] = [
    ['submissions', sources.submissions],
    ['appraisal', sources.appraisal],
    ['survey', sources.survey],
  ];
  return all.flatMap(([source, store]) => (store === undefined ? [] : [{ source, store }]));
}
