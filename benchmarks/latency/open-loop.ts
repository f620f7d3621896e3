import type { Appraisal, AppraisalTargets } from './appraisal-targets';
import { paths } from './bench-cycle';
import { now, sleep } from './clock';
import type { CommandRecord } from './command-record';
import type { HttpClient } from './http-client';
import type { RankingWatch } from './ranking-watch';

/** How long after the schedule's end a command still waiting for an idle unit is sent; later ones are dropped. */
const LATE_GRACE_MS = 5_000;

export interface OpenLoopOptions {
  readonly rate: number;
  readonly seconds: number;
  /** Numbers the commands (and their reasons) across phases. */
  readonly firstSeq: number;
}

/**
 * Sends appraisal commands on a fixed schedule, `rate` a second for `seconds`: open loop, each at its time
 * whatever the earlier ones' replies (a closed loop would slow down with the platform and hide its queues).
 * The only wait is for an idle unit (see AppraisalTargets): a command scheduled while every unit has one in
 * flight goes out as soon as one replies, and its lateness (sentAt − scheduledAt) is reported; one still
 * waiting 5 s after the schedule's end is not sent at all (`notSent`), which bounds a phase on a platform that
 * cannot take the rate. Each 2xx is handed to the watch; resolves when every reply is in.
 */
export async function runOpenLoop(
  http: HttpClient,
  token: string,
  targets: AppraisalTargets,
  cycleId: string,
  watch: RankingWatch,
  { rate, seconds, firstSeq }: OpenLoopOptions,
): Promise<{ records: CommandRecord[]; notSent: number }> {
  const records: CommandRecord[] = [];
  const late: number[] = [];
  let giveUpAt = Infinity;
  let notSent = 0;
  const inFlight = new Set<Promise<void>>();
  const { appraisal } = paths(cycleId);

  const send = (scheduledAt: number, target: Appraisal) => {
    const record: CommandRecord = { seq: firstSeq + records.length, unitId: target.unitId, criterion: target.criterion, scheduledAt, sentAt: now() };
    records.push(record);
    const body = { points: target.points, reason: `Đo độ trễ: lệnh ${record.seq}` };
    const reply = http.send('PUT', `${appraisal(target.unitId)}/scores/${target.criterion}`, token, body).then(
      ({ status, body: result }) => {
        record.ackAt = now();
        record.status = status;
        const accepted = status >= 200 && status < 300;
        if (accepted) {
          const { streamId, version } = result as { streamId: string; version: number };
          Object.assign(record, { streamId, version });
          watch.expect(record);
        } else record.error = JSON.stringify(result).slice(0, 200);
        return accepted;
      },
      (error: unknown) => {
        record.ackAt = now();
        record.error = error instanceof Error ? error.message : String(error);
        return false;
      },
    );
    const settled = reply.then((accepted) => {
      targets.release(target, accepted);
      inFlight.delete(settled);
      if (now() > giveUpAt) notSent += late.splice(0).length;
      const waiting = late.shift();
      if (waiting !== undefined) fire(waiting);
    });
    inFlight.add(settled);
  };
  const fire = (scheduledAt: number) => {
    const target = targets.take();
    if (target) send(scheduledAt, target);
    else late.push(scheduledAt);
  };

  const total = Math.round(rate * seconds);
  const start = now() + 5;
  for (let index = 0; index < total; index += 1) {
    const due = start + (index * 1000) / rate;
    const ahead = due - now();
    if (ahead >= 1) await sleep(ahead);
    // Behind schedule: send at once, but let replies in every few sends.
    else if (index % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
    fire(due);
  }
  giveUpAt = now() + LATE_GRACE_MS;
  while (inFlight.size > 0 || late.length > 0) await Promise.race(inFlight);
  return { records, notSent };
}
