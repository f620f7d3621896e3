import type { Pool } from 'pg';
import type { AppraisalTargets } from './appraisal-targets';
import { now, sleep } from './clock';
import type { CommandRecord } from './command-record';
import { waitForRanking } from './cycle-setup';
import type { HttpClient } from './http-client';
import { runOpenLoop } from './open-loop';
import type { DistributedPlatform } from './platform';
import { type PhaseProfile, Profiler } from './profiler';
import { RankingWatch } from './ranking-watch';
import { type StageTimes, stageTimes } from './stage-times';
import type { TopicTap } from './topic-tap';

/** What a phase runs on: the platform, the bench's clients, and the cycle's units and leaves. */
export interface PhaseContext {
  readonly platform: DistributedPlatform;
  readonly databaseUrl: string;
  readonly pool: Pool;
  readonly http: HttpClient;
  readonly appraiserToken: string;
  readonly tap: TopicTap;
  readonly cycleId: string;
  readonly targets: AppraisalTargets;
  /** The observation's poll interval (ranking-watch.ts). */
  readonly pollMs: number;
}

export interface PhasePlan {
  readonly rate: number;
  readonly seconds: number;
  /** Sent on the same schedule just before, not measured: JIT, pools and the relay's first batches settle. */
  readonly warmUpSeconds: number;
  readonly firstSeq: number;
}

export interface PhaseResult {
  /** The measured commands (scheduled after the warm-up). */
  readonly records: readonly CommandRecord[];
  /** Commands sent in the whole phase, warm-up included (numbers the next phase's). */
  readonly sent: number;
  /** Scheduled but never sent: every unit still busy 5 s after the schedule's end (open-loop.ts). */
  readonly notSent: number;
  /** Events ranking had still not applied when the phase began (0: it started on an idle consumer). */
  readonly rankingBehindAtStart: number;
  /** When the bench stopped waiting for ranking: a command still unseen then took at least until this (epoch ms). */
  readonly drainedAt: number;
  readonly stages: StageTimes;
  readonly profile: PhaseProfile;
  readonly observation: { readonly pollMs: number; readonly polls: number; readonly meanPollMs: number };
}

const DRAIN_TIMEOUT_MS = 60_000;
/** How long a phase waits for ranking to finish the previous one's backlog before it starts anyway. */
const CATCH_UP_TIMEOUT_MS = 90_000;

/**
 * One open-loop phase, once ranking has applied everything before it (so no earlier queue is measured): warm-up,
 * then the measured window, its profile taken over the measured window only.
 */
export async function runPhase(context: PhaseContext, plan: PhasePlan): Promise<PhaseResult> {
  const rankingBehindAtStart = await waitForRanking(context.pool, CATCH_UP_TIMEOUT_MS);
  const watch = new RankingWatch(context.databaseUrl, context.cycleId, context.pollMs);
  await watch.start();
  try {
    const profiling = sleep(plan.warmUpSeconds * 1000).then(() => Profiler.start(context.pool, context.databaseUrl, context.platform.processes));
    // Awaited after the loop; a failure before then must not count as unhandled.
    profiling.catch(() => undefined);
    const startedAt = now();
    const { records: all, notSent } = await runOpenLoop(context.http, context.appraiserToken, context.targets, context.cycleId, watch, {
      rate: plan.rate,
      seconds: plan.warmUpSeconds + plan.seconds,
      firstSeq: plan.firstSeq,
    });
    const profile = await (await profiling).finish();
    // What ranking has not shown DRAIN_TIMEOUT_MS after the last reply stays unseen (report.ts: infinitely late).
    await watch.drain(DRAIN_TIMEOUT_MS);
    const drainedAt = now();
    context.platform.assertRunning();
    const records = all.filter((record) => record.scheduledAt >= startedAt + plan.warmUpSeconds * 1000);
    const stages = await stageTimes(context.pool, records, await context.tap.catchUp());
    return { records, sent: all.length, notSent, rankingBehindAtStart, drainedAt, stages, profile, observation: { pollMs: context.pollMs, ...watch.cost } };
  } finally {
    await watch.stop();
  }
}
