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
  const placeholders = rows.map((_, row) => `(${COLUMNS.map((__, column) => `$${row * COLUMNS.length + column + 1}`).join(', ')})`);
  await tx.query(
    `INSERT INTO ${table('audit_entries')} (${COLUMNS.join(', ')}) VALUES ${placeholders.join(', ')} ON CONFLICT (event_id, item) DO NOTHING`,
    rows.flat(),
  );
}
