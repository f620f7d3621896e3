import { type PhaseContext, type PhaseResult, runPhase } from './phase';
import { latencyOf, P99_LIMIT_MS } from './report';

/** Fractions and multiples of the base rate the ramp offers, in order: from well below it, where p99 should hold. */
const STEPS = [0.125, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8, 10];
/** Below this share of the offered rate accepted, the write path (not the Kafka path) is what gives way. */
const SATURATED_BELOW = 0.8;

export interface RampPlan {
  readonly baseRate: number;
  readonly maxRate: number;
  readonly seconds: number;
  readonly firstSeq: number;
}

/**
 * Raises the offered rate step by step (25/s, 50/s … with the 200/s as base) on the same platform
 * and cycle until the p99 from 2xx to ranking
 * passes 1 s (or a command is never seen), or the platform accepts less than 80% of what is offered (the
 * write path saturates before the Kafka path does), or the steps run out. Each step: 2 s warm-up, `seconds`
 * measured, drained before the next.
 */
export async function runRamp(context: PhaseContext, plan: RampPlan, progress: (text: string) => void) {
  const steps: Record<string, unknown>[] = [];
  let seq = plan.firstSeq;
  let passedAt: number | null = null;
  let saturatedAt: number | null = null;
  let lastUnder: number | null = null;
  let last: PhaseResult | null = null;
  for (const rate of STEPS.map((multiple) => Math.round(multiple * plan.baseRate)).filter((candidate) => candidate >= 1 && candidate <= plan.maxRate)) {
    const result = await runPhase(context, { rate, seconds: plan.seconds, warmUpSeconds: 2, firstSeq: seq });
    seq += result.sent;
    last = result;
    const { p50Ms, p99Ms, achievedRate, unseen, writeMs, sendLateMs, rankingBehindAtStart } = latencyOf(result, plan.seconds);
    const stagesP99 = Object.fromEntries(Object.entries(result.stages).map(([stage, value]) => [stage, typeof value === 'number' ? value : value.p99]));
    steps.push({ rate, achievedRate, p50Ms, p99Ms, unseen, rankingBehindAtStart, writeP99Ms: writeMs.p99, sendLateP99Ms: sendLateMs.p99, stagesP99 });
    progress(`latency: ramp ${rate}/s → accepted ${achievedRate}/s, p50 ${p50Ms} ms, p99 ${p99Ms ?? '∞'} ms (write p99 ${writeMs.p99} ms)`);
    if (p99Ms === null || p99Ms > P99_LIMIT_MS) {
      passedAt = rate;
      break;
    }
    if (achievedRate === null || achievedRate < SATURATED_BELOW * rate) {
      saturatedAt = rate;
      break;
    }
    lastUnder = rate;
  }
  return {
    bench: 'latency',
    figure: 'p99-passes-1s',
    value: passedAt,
    unit: 'commands/s',
    // The rate: ratio > 1 is headroom beyond it.
    limit: plan.baseRate,
    ratio: passedAt === null ? null : Math.round((passedAt / plan.baseRate) * 100) / 100,
    lastRateUnder1sP99: lastUnder,
    writePathSaturatedAt: saturatedAt,
    stepSeconds: plan.seconds,
    steps,
    lastStep: last && { stages: last.stages, profile: last.profile },
    sent: seq - plan.firstSeq,
  };
}
