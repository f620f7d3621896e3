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

/** Appends audit rows; keyed by (event id, item), so a second application adds nothing. */
export async function recordAudit(tx: PoolClient, context: EventContext, changes: readonly AuditChange[]): Promise<void> {
  for (const [item, change] of changes.entries()) {
    await tx.query(
      `INSERT INTO ${table('audit_entries')} (event_id, item, cycle_id, unit_id, criterion, subject, stage, from_points, to_points,
         actor, role, actor_unit_id, occurred_at, recorded_at, reason, note, evidence, votes, decision, source, stream_version, imported_from)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
       ON CONFLICT (event_id, item) DO NOTHING`,
      [
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
      ],
    );
  }
}
