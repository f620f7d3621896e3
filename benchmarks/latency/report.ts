import type { CommandRecord } from './command-record';
import type { PhaseResult } from './phase';
import { distribution, percentile } from './stats';

/** The target: a command shows in ranking within 1 s of its 2xx, at p99. */
export const P99_LIMIT_MS = 1_000;

const accepted = (record: CommandRecord) => record.status !== undefined && record.status >= 200 && record.status < 300;
const round = (value: number | null, places = 1) => (value === null || !Number.isFinite(value) ? null : Math.round(value * 10 ** places) / 10 ** places);

/** A phase's latency figures: from each accepted command's 2xx to ranking showing it; one never shown counts as infinitely late. */
export function latencyOf(result: PhaseResult, seconds: number) {
  const ok = result.records.filter(accepted);
  const latencies = ok.map((record) => (record.seenAt === undefined ? Infinity : record.seenAt - record.ackAt!));
  const refused: Record<string, number> = {};
  for (const record of result.records.filter((candidate) => !accepted(candidate))) {
    // A status, or the transport's error (a reset socket …) when no reply came.
    const key = record.status === undefined ? (record.error ?? 'error').slice(0, 60) : String(record.status);
    refused[key] = (refused[key] ?? 0) + 1;
  }
  // Accepted over the span from the first send to the last reply: below the offered rate when the write path lags.
  const firstSent = ok.reduce((first, record) => Math.min(first, record.sentAt), Infinity);
  const lastAck = ok.reduce((last, record) => Math.max(last, record.ackAt!), -Infinity);
  const span = ok.length === 0 ? 0 : (lastAck - firstSent) / 1000;
  // With commands never seen, p99 is unknown (null) but bounded below: each of them took at least until the bench stopped waiting.
  const unseen = ok.filter((record) => record.seenAt === undefined).length;
  const atLeast = ok.map((record) => (record.seenAt ?? result.drainedAt) - record.ackAt!);
  return {
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(percentile(latencies, 100)),
    ...(unseen > 0 ? { p99AtLeastMs: round(percentile(atLeast, 99)) } : {}),
    commands: ok.length,
    achievedRate: round(ok.length / Math.max(span, seconds)),
    refused,
    notSent: result.notSent,
    rankingBehindAtStart: result.rankingBehindAtStart,
    unseen,
    sendLateMs: distribution(result.records.map((record) => record.sentAt - record.scheduledAt)),
    writeMs: distribution(ok.map((record) => record.ackAt! - record.sentAt)),
  };
}

/** The figure's JSON line: value = p99, ratio = p99 / the 1 s limit (null when a command was never seen). */
export function latencyLine(size: string, rate: number, seconds: number, shape: { units: number; leaves: number }, result: PhaseResult) {
  const { p50Ms, p99Ms, maxMs, ...rest } = latencyOf(result, seconds);
  return {
    bench: 'latency',
    figure: 'command-to-ranking',
    size,
    value: p99Ms,
    unit: 'ms',
    limit: P99_LIMIT_MS,
    ratio: p99Ms === null ? null : round(p99Ms / P99_LIMIT_MS, 3),
    p50Ms,
    p99Ms,
    maxMs,
    rate,
    seconds,
    ...shape,
    ...rest,
    stages: result.stages,
    observation: result.observation,
    profile: result.profile,
  };
}
