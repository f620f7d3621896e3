import { Client } from 'pg';
import { sleep } from './clock';
import { type Distribution, distribution } from './stats';

/**
 * What the platform's database connections are doing, sampled from pg_stat_activity every `everyMs`: per
 * application_name (latency-<service>, see platform.ts), the mean number of connections in each state —
 * `cpu` (active, no wait event), a wait event (`Lock:transactionid`, `IO:WALSync`, `LWLock:WALWrite` …) or
 * `idle in transaction` (the service holds a transaction open while its Node code runs). Idle connections
 * are left out.
 * Beside them, the age of the oldest transaction holding a transaction id, per application of this database
 * and for the rest of the server (`other databases`), 0 when there is none: the relays read the log only below
 * pg_snapshot_xmin (statements.ts, readAll), the oldest running writer of the whole server, so a long writer
 * anywhere, ranking's own consumer transactions included, holds every relay back.
 */
export class WaitSampler {
  private readonly client: Client;
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly oldestWriter = new Map<string, number[]>();
  private samples = 0;
  private loop: Promise<void> | null = null;
  private stopping = false;

  constructor(
    databaseUrl: string,
    private readonly everyMs = 50,
  ) {
    this.client = new Client({ connectionString: databaseUrl, application_name: 'latency-bench-sampler' });
    this.client.on('error', () => undefined);
  }

  async start(): Promise<void> {
    await this.client.connect();
    this.loop = this.run();
  }

  /** Stops sampling; the mean connections per application and state, rounded to 0.01, and the oldest writers' ages. */
  async stop(): Promise<{ connections: Record<string, Record<string, number>>; oldestWriterMs: Record<string, Distribution> }> {
    this.stopping = true;
    await this.loop;
    await this.client.end().catch(() => undefined);
    const means: Record<string, Record<string, number>> = {};
    for (const [application, states] of this.counts) {
      const sorted = [...states].sort(([, a], [, b]) => b - a);
      means[application] = Object.fromEntries(sorted.map(([state, count]) => [state, Math.round((count / Math.max(1, this.samples)) * 100) / 100]));
    }
    const oldestWriterMs = Object.fromEntries(
      [...this.oldestWriter].map(([who, ages]) => [who, distribution([...ages, ...zeros(this.samples - ages.length)])]),
    );
    return { connections: means, oldestWriterMs };
  }

  /** Samples until stopped; a failed sample (the database going away on Ctrl-C) ends the sampling, keeping what was counted. */
  private async run(): Promise<void> {
    try {
      await this.sampleUntilStopped();
    } catch {
      this.stopping = true;
    }
  }

  private async sampleUntilStopped(): Promise<void> {
    while (!this.stopping) {
      const { rows } = await this.client.query<{ application_name: string; state: string; wait: string | null }>(
        `SELECT application_name, state, wait_event_type || ':' || wait_event AS wait FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name LIKE 'latency-%' AND state <> 'idle'`,
      );
      this.samples += 1;
      const writers = await this.client.query<{ who: string; oldest_ms: string }>(
        `SELECT CASE WHEN datname = current_database() THEN application_name ELSE 'other databases' END AS who,
                extract(epoch FROM max(clock_timestamp() - xact_start)) * 1000 AS oldest_ms
           FROM pg_stat_activity WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid() GROUP BY 1`,
      );
      for (const { who, oldest_ms: age } of writers.rows) {
        const ages = this.oldestWriter.get(who) ?? [];
        // A sample without a writer of that kind counts as 0 (added at the end).
        ages.push(Number(age));
        this.oldestWriter.set(who, ages);
      }
      for (const row of rows) {
        const state = row.state === 'active' ? (row.wait ?? 'cpu') : row.state;
        const states = this.counts.get(row.application_name) ?? new Map<string, number>();
        states.set(state, (states.get(state) ?? 0) + 1);
        this.counts.set(row.application_name, states);
      }
      await sleep(this.everyMs);
    }
  }
}

const zeros = (count: number): number[] => Array.from({ length: Math.max(0, count) }, () => 0);
