import { withClient } from '@par/testing';

type Service = 'appraisal' | 'submissions';

interface Attempt {
  readonly service: Service;
  readonly status: number;
  /** What a 2xx reply says the command appended (par.common.v1.CommandResult); 0 otherwise. */
  readonly eventsAppended: number;
}

export interface EventCount {
  /** Commands answered 2xx, and the events their replies say they appended. */
  readonly accepted: number;
  readonly expected: number;
  /** Events found in the logs under the bench's correlation ids. */
  readonly found: number;
  /** Accepted commands with fewer events than their reply said. */
  readonly lost: number;
  /** Commands with more events than their reply said (a refused one must have none). */
  readonly duplicated: number;
  /** Events after the mark under no correlation id the bench sent. */
  readonly unexpected: number;
  /** Accepted commands that appended nothing (the bench means every command to change a leaf). */
  readonly noops: number;
  /** Replies other than 2xx and 409. */
  readonly failed: number;
}

/**
 * Every command the bench sent, by its correlation id (the gateway records it in each event's metadata),
 * so the logs can be counted afterwards: each accepted command's events exactly once, nothing else.
 */
export class Ledger {
  private readonly attempts = new Map<string, Attempt>();
  private marks: Record<Service, string> = { appraisal: '0', submissions: '0' };

  record(correlationId: string, service: Service, status: number, body: unknown): void {
    const appended = status >= 200 && status < 300 ? Number((body as { eventsAppended?: number } | null)?.eventsAppended ?? 0) : 0;
    this.attempts.set(correlationId, { service, status, eventsAppended: appended });
  }

  /** Events already in the logs (the imports, the demo) are not the bench's: count only those after this. */
  async mark(databaseUrl: string): Promise<void> {
    await withClient(databaseUrl, async (client) => {
      for (const service of ['appraisal', 'submissions'] as const) {
        const { rows } = await client.query<{ last: string }>(`SELECT coalesce(max(global_position), 0)::text AS last FROM ${service}.events`);
        this.marks[service] = rows[0].last;
      }
    });
  }

  async count(databaseUrl: string): Promise<EventCount> {
    const found = new Map<string, number>();
    await withClient(databaseUrl, async (client) => {
      for (const service of ['appraisal', 'submissions'] as const) {
        const { rows } = await client.query<{ id: string | null; n: number }>(
          `SELECT metadata->>'correlationId' AS id, count(*)::int AS n FROM ${service}.events WHERE global_position > $1 GROUP BY 1`,
          [this.marks[service]],
        );
        for (const row of rows) found.set(`${service}/${row.id}`, (found.get(`${service}/${row.id}`) ?? 0) + row.n);
      }
    });
    let accepted = 0;
    let expected = 0;
    let ours = 0;
    let lost = 0;
    let duplicated = 0;
    let noops = 0;
    let failed = 0;
    for (const [id, attempt] of this.attempts) {
      const ok = attempt.status >= 200 && attempt.status < 300;
      const events = found.get(`${attempt.service}/${id}`) ?? 0;
      found.delete(`${attempt.service}/${id}`);
      ours += events;
      accepted += ok ? 1 : 0;
      expected += attempt.eventsAppended;
      noops += ok && attempt.eventsAppended === 0 ? 1 : 0;
      failed += !ok && attempt.status !== 409 ? 1 : 0;
      if (events < attempt.eventsAppended) lost += 1;
      if (events > attempt.eventsAppended) duplicated += 1;
    }
    const unexpected = [...found.values()].reduce((sum, n) => sum + n, 0);
    return { accepted, expected, found: ours, lost, duplicated, unexpected, noops, failed };
  }
}
