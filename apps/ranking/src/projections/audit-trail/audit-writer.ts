import type { PoolClient } from 'pg';
import type { EventContext } from '../event-context';
import type { AuditStage, AuditSubject } from './audit-entry.entity';
import { table } from '../../infrastructure/ranking-schema';
import { type Columns, columnsOf, selectList, unnestOf } from '../unnest-columns';

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

/** The columns of audit_entries (audit-trail.migration.ts), in the order recordAudit lays out a row. */
export const AUDIT_COLUMNS: Columns = [
  ['event_id', 'text'],
  ['item', 'integer'],
  ['cycle_id', 'text'],
  ['unit_id', 'text'],
  ['criterion', 'text'],
  ['subject', 'text'],
  ['stage', 'text'],
  ['from_points', 'text'],
  ['to_points', 'text'],
  ['actor', 'text'],
  ['role', 'text'],
  ['actor_unit_id', 'text'],
  ['occurred_at', 'timestamptz'],
  ['recorded_at', 'timestamptz'],
  ['reason', 'text'],
  ['note', 'text'],
  ['evidence', 'jsonb'],
  ['votes', 'jsonb'],
  ['decision', 'text'],
  ['source', 'text'],
  ['stream_version', 'integer'],
  ['imported_from', 'text'],
];

const INSERT = `INSERT INTO ${table('audit_entries')} (${AUDIT_COLUMNS.map(([name]) => name).join(', ')})
  SELECT ${selectList(AUDIT_COLUMNS)} FROM ${unnestOf(AUDIT_COLUMNS)}
  ON CONFLICT (event_id, item) DO NOTHING`;

/** Rows waiting for the end of a batch, per transaction (see withDeferredAudit). */
const deferred = new WeakMap<PoolClient, unknown[][]>();
/** One array per column whatever the rows: a statement's size is bounded for memory's sake only. */
const ROWS_PER_STATEMENT = 10_000;

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

/**
 * The audit rows `work` records, collected instead of written: a batch prepared before its transaction (a
 * rebuild's). The projectors get a stand-in for the transaction that refuses any query: the audit projectors
 * run on it must only record rows (the survey's, which reads, cannot).
 */
export async function collectAudit(work: (collector: PoolClient) => Promise<void>): Promise<unknown[][]> {
  const collector = { query: () => Promise.reject(new Error('a batch being prepared has no transaction to query')) } as unknown as PoolClient;
  const rows: unknown[][] = [];
  deferred.set(collector, rows);
  await work(collector);
  return rows;
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
  await tx.query(INSERT, columnsOf(rows, AUDIT_COLUMNS.length));
}
