import { escapeIdentifier, Pool } from 'pg';
import type { EventConsumer } from '../consumer/event-consumer';

export interface ReadModelOptions {
  /** Throw when an event is not its stream's next version (the order check); default true. */
  strictOrder?: boolean;
  /** Event ids whose first handling writes its effect and then fails like a serialization conflict. */
  failOnceTransiently?: Set<string>;
  /** Event types whose handler always throws: poison. */
  poisonTypes?: Set<string>;
}

/**
 * A read model that makes mistakes visible: every effect increments a per-event counter (so a double
 * application shows as 2) and the per-stream version must advance by exactly one.
 */
export class OrderedReadModel {
  readonly consumer: EventConsumer;
  readonly orderViolations: string[] = [];
  /** Handler calls that returned normally (their transaction may still have rolled back). */
  handled = 0;
  private readonly failedOnce = new Set<string>();
  private readonly effects: string;
  private readonly progress: string;

  constructor(
    private readonly pool: Pool,
    schema: string,
    name: string,
    private readonly options: ReadModelOptions = {},
  ) {
    this.effects = `${escapeIdentifier(schema)}.effects`;
    this.progress = `${escapeIdentifier(schema)}.stream_progress`;
    this.consumer = { name, handle: (envelope, tx) => this.handle(envelope, tx) };
  }

  async migrate(): Promise<void> {
    await this.pool.query(`
      CREATE TABLE IF NOT EXISTS ${this.effects} (
        event_id uuid PRIMARY KEY, stream_id text NOT NULL, stream_version int NOT NULL, applied int NOT NULL);
      CREATE TABLE IF NOT EXISTS ${this.progress} (stream_id text PRIMARY KEY, last_version int NOT NULL);`);
  }

  async effectCount(): Promise<number> {
    const { rows } = await this.pool.query<{ count: string }>(`SELECT count(*) FROM ${this.effects}`);
    return Number(rows[0].count);
  }

  /** event id → how many times its effect was applied. */
  async applications(): Promise<Map<string, number>> {
    const { rows } = await this.pool.query<{ event_id: string; applied: number }>(`SELECT event_id, applied FROM ${this.effects}`);
    return new Map(rows.map((row) => [row.event_id, row.applied]));
  }

  async lastVersions(): Promise<Map<string, number>> {
    const { rows } = await this.pool.query<{ stream_id: string; last_version: number }>(`SELECT * FROM ${this.progress}`);
    return new Map(rows.map((row) => [row.stream_id, row.last_version]));
  }

  private async handle(...[envelope, tx]: Parameters<EventConsumer['handle']>): Promise<void> {
    if (this.options.poisonTypes?.has(envelope.type)) throw new Error(`boom: cannot apply ${envelope.type}`);
    const { rows } = await tx.query<{ last_version: number }>(`SELECT last_version FROM ${this.progress} WHERE stream_id = $1 FOR UPDATE`, [envelope.streamId]);
    const last = rows[0]?.last_version ?? 0;
    if (this.options.strictOrder !== false && envelope.streamVersion !== last + 1) {
      const violation = `${envelope.streamId}: got version ${envelope.streamVersion} after ${last}`;
      this.orderViolations.push(violation);
      throw new Error(`Out of order: ${violation}`);
    }
    await tx.query(
      `INSERT INTO ${this.progress} (stream_id, last_version) VALUES ($1, $2)
       ON CONFLICT (stream_id) DO UPDATE SET last_version = GREATEST(${this.progress}.last_version, excluded.last_version)`,
      [envelope.streamId, envelope.streamVersion],
    );
    await tx.query(
      `INSERT INTO ${this.effects} (event_id, stream_id, stream_version, applied) VALUES ($1, $2, $3, 1)
       ON CONFLICT (event_id) DO UPDATE SET applied = ${this.effects}.applied + 1`,
      [envelope.eventId, envelope.streamId, envelope.streamVersion],
    );
    if (this.options.failOnceTransiently?.has(envelope.eventId) && !this.failedOnce.has(envelope.eventId)) {
      this.failedOnce.add(envelope.eventId);
      // Shaped like node-postgres's error for SQLSTATE 40001: the transport must retry, not dead-letter.
      throw Object.assign(new Error('could not serialize access (injected)'), { code: '40001' });
    }
    this.handled += 1;
  }
}
