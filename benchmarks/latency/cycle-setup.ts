import type { Pool } from 'pg';
import { admin, type BenchCycle, headOf, paths, reporterOf, selfScoreBody, setupRequests } from './bench-cycle';
import type { HttpClient } from './http-client';
import type { Tokens } from './tokens';

/** Units self-assessed and submitted at once (each unit has its own stream: no conflicts between them). */
const UNITS_AT_ONCE = 8;
const SETTLE_TIMEOUT_MS = 180_000;

/**
 * Through the gateway, as the roles would: the admin opens the cycle (the cycle's own stream: one request
 * at a time), each unit's reporter scores its first leaf and its head submits. Resolves once every unit's
 * appraisal has started (AppraisalStarted, from SelfAssessmentSubmitted across Kafka) and ranking has
 * applied every event of both logs: the measured commands then queue behind nothing of the set-up.
 */
export async function setUpCycle(http: HttpClient, tokens: Tokens, pool: Pool, cycle: BenchCycle): Promise<void> {
  const adminToken = await tokens.of(admin);
  for (const [method, path, body] of setupRequests(cycle)) await http.ok(method, path, adminToken, body);
  const { sheet } = paths(cycle.cycleId);
  const pending = [...cycle.units];
  const submitOne = async (): Promise<void> => {
    for (let unitId = pending.shift(); unitId !== undefined; unitId = pending.shift()) {
      await http.ok('PUT', `${sheet(unitId)}/scores/${cycle.leaves[0]}`, await tokens.of(reporterOf(unitId)), selfScoreBody(unitId, cycle.leaves[0]));
      await http.ok('POST', `${sheet(unitId)}/submit`, await tokens.of(headOf(unitId)));
    }
  };
  await Promise.all(Array.from({ length: UNITS_AT_ONCE }, submitOne));
  await settle('every appraisal started', async () => {
    const { rows } = await pool.query<{ started: number }>(
      `SELECT count(*)::int AS started FROM appraisal.events WHERE type = 'AppraisalStarted' AND data->>'cycleId' = $1`,
      [cycle.cycleId],
    );
    return rows[0].started === cycle.units.length;
  });
  const behind = await waitForRanking(pool, SETTLE_TIMEOUT_MS);
  if (behind > 0) throw new Error(`set-up: ranking still ${behind} events behind after ${SETTLE_TIMEOUT_MS / 1000} s`);
}

/**
 * How many events of the submissions and appraisal logs ranking has not marked processed yet (its consumers mark
 * every event, applied or ignored).
 */
export async function rankingBacklog(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ behind: string }>(
    `SELECT (SELECT count(*) FROM submissions.events) + (SELECT count(*) FROM appraisal.events)
          - (SELECT count(*) FROM ranking.processed_events WHERE consumer IN ('ranking-submissions', 'ranking-appraisal')) AS behind`,
  );
  return Number(rows[0].behind);
}

/** Waits until ranking has applied both logs, up to `timeoutMs`; resolves to the events still behind (0: caught up). */
export async function waitForRanking(pool: Pool, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const behind = await rankingBacklog(pool);
    if (behind === 0 || Date.now() > deadline) return behind;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function settle(what: string, done: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`set-up: not ${what} after ${SETTLE_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
