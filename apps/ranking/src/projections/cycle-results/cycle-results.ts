import { Inject, Injectable } from '@nestjs/common';
import type { ResultsDocument } from '@par/contracts';
import { DataSource } from 'typeorm';
import { computeRankingResults } from '../../domain/results/compute-ranking-results';
import { table } from '../../infrastructure/ranking-schema';
import { READ_MODELS } from '../../infrastructure/ranking.tokens';
import { CycleScoresReader, RESULTS_REVISION } from '../cycle-scores/cycle-scores.reader';

interface StoredResults {
  readonly document: ResultsDocument | null;
  readonly revision: string | null;
  readonly current: string;
}

/**
 * The results read model: a cycle's results document, computed once per change of the cycle's scores and
 * served from then on. A read finds it current (one indexed query) or stale — a change committed since,
 * not yet refreshed by ResultsRefresher — and then computes it itself, so a read after a write never sees
 * the state before it. Computations of one cycle at one revision are shared by the reads that wait for them.
 */
@Injectable()
export class CycleResults {
  private readonly inFlight = new Map<string, Promise<ResultsDocument>>();

  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    private readonly scores: CycleScoresReader,
  ) {}

  async current(cycleId: string): Promise<ResultsDocument> {
    const stored = await this.stored(cycleId);
    if (stored.document !== null && stored.revision === stored.current) return stored.document;
    return this.refresh(cycleId, stored.current);
  }

  /**
   * Computes and stores the document of a revision at least `atLeast`. A computation already running for
   * that revision is joined; one started for an older revision is not (it may miss the caller's change).
   */
  refresh(cycleId: string, atLeast: string): Promise<ResultsDocument> {
    const key = `${cycleId}\u0000${atLeast}`;
    const running = this.inFlight.get(key);
    if (running) return running;
    const computation = this.compute(cycleId).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, computation);
    return computation;
  }

  private async compute(cycleId: string): Promise<ResultsDocument> {
    const { input, revision } = await this.scores.loadWithRevision(cycleId);
    const document = computeRankingResults(input);
    // Never back: a slower computation of an older snapshot leaves a newer document in place.
    await this.readModels.query(
      `INSERT INTO ${table('cycle_results')} (cycle_id, revision, document) VALUES ($1, $2, $3)
       ON CONFLICT (cycle_id) DO UPDATE SET revision = EXCLUDED.revision, document = EXCLUDED.document, computed_at = now()
       WHERE cycle_results.revision < EXCLUDED.revision`,
      [cycleId, revision, JSON.stringify(document)],
    );
    return document;
  }

  private async stored(cycleId: string): Promise<StoredResults> {
    const rows = await this.readModels.query<{ document: ResultsDocument | null; revision: string | null; current: string }[]>(
      `SELECT c.document, c.revision::text AS revision, (${RESULTS_REVISION}) AS current
         FROM (SELECT 1) AS one LEFT JOIN ${table('cycle_results')} c ON c.cycle_id = $1`,
      [cycleId],
    );
    return rows[0];
  }
}
