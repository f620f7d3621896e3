import { Client } from 'pg';
import { now, sleep } from './clock';
import type { CommandRecord } from './command-record';

/**
 * When ranking's read model shows each accepted command. The observation: ranking.leaf_values, the row of the
 * command's (cycle, unit, leaf), whose source_version is the version, in the unit's appraisal stream, of the
 * event that last set it. A stream's events reach ranking in order (one partition, keyed by stream id), so the
 * row at a version ≥ the command's reply version means ranking has committed the command's event (with its
 * audit entry and processed mark, one transaction). One indexed query per poll for the units with commands
 * pending (the primary key's prefix), every `pollMs`; a command counts as seen when the query that first shows
 * it returns: an upper bound, late by at most one poll interval plus the query.
 */
export class RankingWatch {
  private readonly pending = new Map<string, CommandRecord[]>();
  private readonly client: Client;
  private loop: Promise<void> | null = null;
  private stopping = false;
  /** The poll's failure, if it failed: rethrown by drain and stop, never an unhandled rejection. */
  private failure: unknown;
  private polls = 0;
  private pollTimeMs = 0;

  constructor(
    databaseUrl: string,
    private readonly cycleId: string,
    private readonly pollMs: number,
  ) {
    this.client = new Client({ connectionString: databaseUrl, application_name: 'latency-bench-watch' });
    // A connection the server ends (the database dropped on Ctrl-C) surfaces as the poll's failure instead.
    this.client.on('error', () => undefined);
  }

  async start(): Promise<void> {
    await this.client.connect();
    this.loop = this.run();
  }

  /** A 2xx command to watch for (its reply's version). */
  expect(record: CommandRecord): void {
    const waiting = this.pending.get(record.unitId);
    if (waiting) waiting.push(record);
    else this.pending.set(record.unitId, [record]);
  }

  get waiting(): number {
    let count = 0;
    for (const records of this.pending.values()) count += records.length;
    return count;
  }

  /** Waits until every expected command is seen or `timeoutMs` passed; resolves to how many are still unseen. */
  async drain(timeoutMs: number): Promise<number> {
    const deadline = now() + timeoutMs;
    while (this.pending.size > 0 && now() < deadline && this.failure === undefined) await sleep(this.pollMs);
    if (this.failure !== undefined) throw this.failure;
    return this.waiting;
  }

  /** Polls made and their mean duration: the observation's own cost and resolution. */
  get cost(): { polls: number; meanPollMs: number } {
    return { polls: this.polls, meanPollMs: this.polls === 0 ? 0 : this.pollTimeMs / this.polls };
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.loop;
    await this.client.end().catch(() => undefined);
  }

  private async run(): Promise<void> {
    try {
      while (!this.stopping) {
        const started = now();
        if (this.pending.size > 0) await this.poll();
        await sleep(Math.max(0, this.pollMs - (now() - started)));
      }
    } catch (error) {
      if (!this.stopping) this.failure = error;
    }
  }

  private async poll(): Promise<void> {
    const started = now();
    const { rows } = await this.client.query<{ unit_id: string; criterion: string; source_version: number }>(
      'SELECT unit_id, criterion, source_version FROM ranking.leaf_values WHERE cycle_id = $1 AND unit_id = ANY($2::text[])',
      [this.cycleId, [...this.pending.keys()]],
    );
    const seenAt = now();
    this.polls += 1;
    this.pollTimeMs += seenAt - started;
    for (const row of rows) {
      const waiting = this.pending.get(row.unit_id);
      if (!waiting) continue;
      const still = waiting.filter((record) => {
        const shown = record.criterion === row.criterion && (record.version ?? Infinity) <= row.source_version;
        if (shown) record.seenAt = seenAt;
        return !shown;
      });
      if (still.length === 0) this.pending.delete(row.unit_id);
      else this.pending.set(row.unit_id, still);
    }
  }
}
