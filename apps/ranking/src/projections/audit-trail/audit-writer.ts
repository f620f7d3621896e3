import type { PoolClient } from 'pg';
import type { EventContext } from '../event-context';
import type { AuditStage, AuditSubject } from './audit-entry.entity';
import { table } from '../../infrastructure/ranking-schema';

/** One value change for the audit trail; `item` tells apart several changes recorded by one event. */
export interface AuditChange {
  readonly cycleId: string;
  readonly unitId: string;
  readonly criterion: string | null;
  readonly subject?: AuditSubject;
  readonly stage: AuditStage;
  readonly from: string | null;
  readonly to: string | null;
  readonly reason?: string | null;
  readonly note?: string | null;
  readonly evidence?: readonly unknown[] | null;
  readonly votes?: Record<string, number> | null;
  readonly decision?: string | null;
}

const COLUMNS = [
  'event_id',
  'item',
  'cycle_id',
  'unit_id',
  'criterion',
  'subject',
  'stage',
  'from_points',
  'to_points',
  'actor',
  'role',
  'actor_unit_id',
  'occurred_at',
  'recorded_at',
  'reason',
  'note',
  'evidence',
  'votes',
  'decision',
  'source',
  'stream_version',
  'imported_from',
] as const;

/** Rows waiting for the end of a batch, per transaction (see withDeferredAudit). */
const deferred = new WeakMap<PoolClient, unknown[][]>();
/** 22 parameters a row: well under PostgreSQL's 65,535 per statement. */
const ROWS_PER_STATEMENT = 2_000;

/**
 * Within `work`, the audit rows written through `tx` are collected and inserted at its end, in a few
 * statements: a batch of thousands of events costs a few round trips, not one per event. The rows are
 * insert-only and keyed by (event, item), so writing them at the end of the same transaction is the
 * same effect.
 */
export async function withDeferredAudit<T>(tx: PoolClient, work: () => Promise<T>): Promise<T> {
  const rows: unknown[][] = [];
  deferred.set(tx, rows);
  try {
    const result = await work();
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) await insertRows(tx, rows.slice(start, start + ROWS_PER_STATEMENT));
    return result;
  } finally {
    deferred.delete(tx);
  }
}

/** Appends audit rows, all of an event's in one statement; keyed by (event id, item), so a second application adds nothing. */
export async function recordAudit(tx: PoolClient, context: EventContext, changes: readonly AuditChange[]): Promise<void> {
  if (changes.length === 0) return;
  const rows = changes.map((change, item) => [
    context.eventId,
    item,
    change.cycleId,
    change.unitId,
    change.criterion,
    change.subject ?? 'leaf',
    change.stage,
    change.from,
    change.to,
    context.actor,
    context.role,
    context.actorUnitId,
    context.occurredAt,
    context.recordedAt,
    change.reason ?? null,
    change.note ?? null,
    change.evidence ? JSON.stringify(change.evidence) : null,
    change.votes ? JSON.stringify(change.votes) : null,
    change.decision ?? null,
    context.source,
    context.streamVersion,
    context.importedFrom,
  ]);
  const batch = deferred.get(tx);
  if (batch) batch.push(...rows);
  else await insertRows(tx, rows);
}

async function insertRows(tx: PoolClient, rows: readonly unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const placeholders = rows.map((_, row) => `(${COLUMNS.map((__, column) => `$${row * COLUMNS.length + column + 1}`).join(', ')})`);
  await tx.query(
    `INSERT INTO ${table('audit_entries')} (${COLUMNS.join(', ')}) VALUES ${placeholders.join(', ')} ON CONFLICT (event_id, item) DO NOTHING`,
    rows.flat(),
  );
}
