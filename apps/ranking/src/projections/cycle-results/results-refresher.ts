import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RankingError } from '../../domain/decision.errors';
import { table } from '../../infrastructure/ranking-schema';
import { RANKING_OPTIONS, READ_MODELS } from '../../infrastructure/ranking.tokens';
import type { RankingOptions } from '../../ranking.config';
import { CycleResults } from './cycle-results';

/** Cycles whose stored document is older than their revision, with that revision. */
const STALE_CYCLES = `
  SELECT r.cycle_id AS "cycleId", r.revision
    FROM (SELECT cycle_id, sum(revision)::text AS revision FROM ${table('results_revisions')} GROUP BY cycle_id) r
    LEFT JOIN ${table('cycle_results')} c ON c.cycle_id = r.cycle_id
   WHERE c.revision IS NULL OR c.revision::text <> r.revision`;

/** Under a steady stream of changes (an import, a rebuild), a stale document is still refreshed this often. */
const MAX_STALENESS_MS = 5_000;

/**
 * Keeps the results read model up to date in the background: once a cycle's changes pause for one interval,
 * its document is recomputed, so readers find it current. While changes keep coming (an import's thousands
 * of batches) it waits, up to MAX_STALENESS_MS, instead of recomputing the whole cycle after every batch; a
 * reader meanwhile computes the current table itself (CycleResults). A cycle that cannot be computed yet
 * (its criteria set has not arrived) is tried again at its next change, not in a loop.
 */
@Injectable()
export class ResultsRefresher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ResultsRefresher.name);
  /** The revision each cycle last failed at. */
  private readonly failedAt = new Map<string, string>();
  /** The revision each stale cycle had at the previous pass, and since when it has been stale. */
  private readonly seen = new Map<string, { revision: string; staleSince: number }>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(RANKING_OPTIONS) private readonly options: RankingOptions,
    private readonly results: CycleResults,
  ) {}

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One pass: every stale cycle refreshed, one after the other. */
  async refreshStale(): Promise<void> {
    const stale = await this.readModels.query<{ cycleId: string; revision: string }[]>(STALE_CYCLES);
    const now = Date.now();
    const previous = new Map(this.seen);
    this.seen.clear();
    for (const { cycleId, revision } of stale) this.seen.set(cycleId, { revision, staleSince: previous.get(cycleId)?.staleSince ?? now });
    // Settled: no change since the previous pass, or stale for too long already.
    const settled = (cycleId: string, revision: string) =>
      previous.get(cycleId)?.revision === revision || now - (this.seen.get(cycleId)?.staleSince ?? now) >= MAX_STALENESS_MS;
    for (const { cycleId, revision } of stale) {
      if (this.stopped) return;
      if (this.failedAt.get(cycleId) === revision || !settled(cycleId, revision)) continue;
      try {
        await this.results.refresh(cycleId, revision);
        this.failedAt.delete(cycleId);
      } catch (error) {
        this.failedAt.set(cycleId, revision);
        if (!(error instanceof RankingError)) this.logger.warn(`results of cycle ${cycleId} not refreshed: ${String(error)}`);
      }
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.refreshStale()
        .catch((error: unknown) => {
          if (!this.stopped) this.logger.warn(`results refresh failed: ${String(error)}`);
        })
        .finally(() => this.schedule());
    }, this.options.resultsRefreshIntervalMs ?? 200);
  }
}
