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

/**
 * Keeps the results read model up to date in the background: shortly after a consumer commits a change,
 * the cycle's document is recomputed, so readers find it current. A cycle that cannot be computed yet
 * (its criteria set has not arrived) is tried again at its next change, not in a loop.
 */
@Injectable()
export class ResultsRefresher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ResultsRefresher.name);
  /** The revision each cycle last failed at. */
  private readonly failedAt = new Map<string, string>();
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
    for (const { cycleId, revision } of stale) {
      if (this.stopped) return;
      if (this.failedAt.get(cycleId) === revision) continue;
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
