import { Inject, Injectable } from '@nestjs/common';
import type { ResultsDocument } from '@par/contracts';
import { DataSource } from 'typeorm';
import { computeRankingResults } from '../../domain/results/compute-ranking-results';
import { table } from '../../infrastructure/ranking-schema';
import { READ_MODELS } from '../../infrastructure/ranking.tokens';
import { CycleScoresReader, RESULTS_REVISION } from '../cycle-scores/cycle-scores.reader';

/** A cycle's table and the revision it is at: empty when computed for one answer alone (not to be kept). */
export interface RevisedResults {
  readonly document: ResultsDocument;
  readonly revision: string;
}

/** What a reader holding a table at `knownRevision` is told: its copy stands, or the current table. */
export type ResultsAnswer = { readonly unchanged: true; readonly revision: string } | ({ readonly unchanged: false } & RevisedResults);

interface Probe {
  /** The stored document's revision counter, the cycle's current one, and the stored document's token. */
  readonly stored: string | null;
  readonly current: string;
  readonly token: string | null;
}

/** Cycles whose table is kept in memory: a province reads a handful. */
const CACHED_CYCLES = 16;

/**
 * The stored document's token: its revision and when it was stored, so that a revision counted again from
 * zero (a rebuild of the read models) never passes for a table computed before.
 */
const TOKEN = `c.revision::text || '.' || (extract(epoch FROM c.computed_at) * 1000000)::bigint::text`;

/**
 * The results read model: a cycle's results document, computed once per change of the cycle's scores and
 * served from then on — from memory while its revision is current, so a read is one small query. A read
 * finds it current or stale (a change committed since, not yet refreshed by ResultsRefresher) and then
 * computes it itself, so a read after a write never sees the state before it. Computations of one cycle at
 * one revision are shared by the reads that wait for them.
 */
@Injectable()
export class CycleResults {
  private readonly inFlight = new Map<string, Promise<RevisedResults>>();
  private readonly memory = new Map<string, RevisedResults>();

  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    private readonly scores: CycleScoresReader,
  ) {}

  async current(cycleId: string): Promise<ResultsDocument> {
    const answer = await this.answer(cycleId);
    if (answer.unchanged) throw new Error('unreachable: no known revision given');
    return answer.document;
  }

  async answer(cycleId: string, knownRevision?: string): Promise<ResultsAnswer> {
    const probe = await this.probe(cycleId);
    if (probe.stored === probe.current && probe.token !== null) {
      if (knownRevision === probe.token) return { unchanged: true, revision: probe.token };
      const kept = this.memory.get(cycleId) ?? (await this.storedDocument(cycleId, probe.token));
      if (kept?.revision === probe.token) return { unchanged: false, ...this.remember(cycleId, kept) };
    }
    return { unchanged: false, ...(await this.refresh(cycleId, probe.current)) };
  }

  /**
   * Computes and stores the document of a revision at least `atLeast`. A computation already running for
   * that revision is joined; one started for an older revision is not (it may miss the caller's change).
   */
  refresh(cycleId: string, atLeast: string): Promise<RevisedResults> {
    const key = `${cycleId}\u0000${atLeast}`;
    const running = this.inFlight.get(key);
    if (running) return running;
    const computation = this.compute(cycleId).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, computation);
    return computation;
  }

  private async compute(cycleId: string): Promise<RevisedResults> {
    const { input, revision } = await this.scores.loadWithRevision(cycleId);
    const document = computeRankingResults(input);
    // Never back: a slower computation of an older snapshot leaves a newer document in place.
    const stored = await this.readModels.query<{ token: string }[]>(
      `INSERT INTO ${table('cycle_results')} AS c (cycle_id, revision, document) VALUES ($1, $2, $3)
       ON CONFLICT (cycle_id) DO UPDATE SET revision = EXCLUDED.revision, document = EXCLUDED.document, computed_at = clock_timestamp()
       WHERE c.revision < EXCLUDED.revision
       RETURNING ${TOKEN} AS token`,
      [cycleId, revision, JSON.stringify(document)],
    );
    const token = stored[0]?.token;
    return token === undefined ? { document, revision: '' } : this.remember(cycleId, { document, revision: token });
  }

  private async probe(cycleId: string): Promise<Probe> {
    const rows = await this.readModels.query<Probe[]>(
      `SELECT c.revision::text AS stored, (${RESULTS_REVISION}) AS current, ${TOKEN} AS token
         FROM (SELECT 1) AS one LEFT JOIN ${table('cycle_results')} c ON c.cycle_id = $1`,
      [cycleId],
    );
    return rows[0];
  }

  private async storedDocument(cycleId: string, token: string): Promise<RevisedResults | undefined> {
    const rows = await this.readModels.query<{ document: ResultsDocument }[]>(
      `SELECT c.document FROM ${table('cycle_results')} c WHERE c.cycle_id = $1 AND ${TOKEN} = $2`,
      [cycleId, token],
    );
    return rows[0] ? { document: rows[0].document, revision: token } : undefined;
  }

  private remember(cycleId: string, results: RevisedResults): RevisedResults {
    this.memory.delete(cycleId);
    this.memory.set(cycleId, results);
    if (this.memory.size > CACHED_CYCLES) this.memory.delete(this.memory.keys().next().value as string);
    return results;
  }
}
