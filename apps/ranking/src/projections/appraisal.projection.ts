import { AppraisalEvent, isAppraisalEventType, parseAppraisalEvent } from '@par/contracts';
import type { EventEnvelope } from '@par/contracts';
import type { EventConsumer } from '@par/messaging';
import type { PoolClient } from 'pg';
import { table } from '../read-model/ranking-schema';
import { AuditChange, recordAudit } from './audit-writer';
import { EventContext, eventContext } from './event-context';

/**
 * The appraisal service's events into the ranking read models: each leaf's latest value, bonuses and
 * deductions (removal included), the finalized flag, and the audit rows. Values are stored per leaf,
 * apart from the self scores, and move only forward in the unit's appraisal stream: the projection
 * converges whichever of the two sources arrives first.
 */
export const appraisalProjection: EventConsumer = {
  name: 'ranking-appraisal',
  async handle(envelope: EventEnvelope, tx: PoolClient): Promise<void> {
    if (!isAppraisalEventType(envelope.type)) return;
    const event = parseAppraisalEvent(envelope.type, envelope.schemaVersion, envelope.data);
    await apply(event, eventContext(envelope), tx);
  },
};

async function apply(event: AppraisalEvent, context: EventContext, tx: PoolClient): Promise<void> {
  const { cycleId, unitId } = event.data;
  const leaf = (criterion: string, stage: AuditChange['stage'], from: string | null, to: string | null, extra: Partial<AuditChange> = {}): AuditChange => ({
    cycleId,
    unitId,
    criterion,
    stage,
    from,
    to,
    ...extra,
  });
  switch (event.type) {
    case 'CriterionAccepted':
    case 'CriterionAppraised':
    case 'CriterionMarkedNotApplicable': {
      const { criterion, previousPoints, points } = event.data;
      await saveValue(tx, cycleId, unitId, criterion, points, event.type, context.streamVersion);
      const reason = 'reason' in event.data ? event.data.reason : null;
      return recordAudit(tx, context, [leaf(criterion, 'appraisal', previousPoints, points, { reason })]);
    }
    case 'SelfScoresRefreshed':
      // A resubmission voids the review of each changed claim: the value falls back to the new self value.
      for (const change of event.data.changedCriteria) {
        await saveValue(tx, cycleId, unitId, change.criterion, change.points, event.type, context.streamVersion);
      }
      return;
    case 'ExplanationFiled': {
      const { criterion, text, evidence } = event.data;
      return recordAudit(tx, context, [leaf(criterion, 'explanation', null, null, { note: text, evidence })]);
    }
    case 'ExplanationResolved': {
      const { criterion, decision, previousPoints, points, reason, votes } = event.data;
      await saveValue(tx, cycleId, unitId, criterion, points, event.type, context.streamVersion);
      return recordAudit(tx, context, [leaf(criterion, 'council', previousPoints, points, { reason, votes, decision })]);
    }
    case 'ScoreCorrected': {
      const { criterion, previousPoints, points, reason } = event.data;
      await saveValue(tx, cycleId, unitId, criterion, points, event.type, context.streamVersion);
      return recordAudit(tx, context, [leaf(criterion, 'correction', previousPoints, points, { reason })]);
    }
    case 'BonusRecorded':
    case 'DeductionRecorded': {
      const kind = event.type === 'BonusRecorded' ? 'bonus' : 'deduction';
      const { adjustmentId, points, reason, criterion, ref } = event.data;
      // A removal seen first (it carries kind and points) keeps its mark: the recording only fills in.
      await tx.query(
        `INSERT INTO ${table('adjustments')} (cycle_id, unit_id, adjustment_id, kind, points, reason, criterion, removed) VALUES ($1, $2, $3, $4, $5, $6, $7, false)
         ON CONFLICT (cycle_id, unit_id, adjustment_id) DO UPDATE SET reason = EXCLUDED.reason, criterion = EXCLUDED.criterion`,
        [cycleId, unitId, adjustmentId, kind, points, reason, criterion ?? null],
      );
      return recordAudit(tx, context, [
        { cycleId, unitId, criterion: criterion ?? null, subject: kind, stage: 'appraisal', from: null, to: points, reason, evidence: ref ? [{ title: ref }] : null },
      ]);
    }
    case 'AdjustmentRemoved': {
      const { adjustmentId, kind, points, reason } = event.data;
      await tx.query(
        `INSERT INTO ${table('adjustments')} (cycle_id, unit_id, adjustment_id, kind, points, removed, removal_reason) VALUES ($1, $2, $3, $4, $5, true, $6)
         ON CONFLICT (cycle_id, unit_id, adjustment_id) DO UPDATE SET removed = true, removal_reason = EXCLUDED.removal_reason`,
        [cycleId, unitId, adjustmentId, kind, points, reason],
      );
      return recordAudit(tx, context, [{ cycleId, unitId, criterion: null, subject: kind, stage: 'appraisal', from: points, to: null, reason }]);
    }
    case 'AppraisalFinalized': {
      // The final list repeats every leaf's value: stored too, so a consumer that missed nothing still agrees.
      for (const value of event.data.values) {
        await saveValue(tx, cycleId, unitId, value.criterion, value.points, event.type, context.streamVersion);
      }
      await tx.query(
        `INSERT INTO ${table('appraisal_status')} (cycle_id, unit_id, finalized, finalized_at) VALUES ($1, $2, true, $3)
         ON CONFLICT (cycle_id, unit_id) DO UPDATE SET finalized = true, finalized_at = EXCLUDED.finalized_at`,
        [cycleId, unitId, event.data.finalizedAt],
      );
      return;
    }
    // AppraisalStarted repeats the self scores (the submissions projection has them); sending the result moves no value.
    default:
      return;
  }
}

async function saveValue(tx: PoolClient, cycleId: string, unitId: string, criterion: string, points: string | null, setBy: string, version: number): Promise<void> {
  await tx.query(
    `INSERT INTO ${table('leaf_values')} (cycle_id, unit_id, criterion, points, set_by, source_version) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (cycle_id, unit_id, criterion) DO UPDATE SET points = EXCLUDED.points, set_by = EXCLUDED.set_by, source_version = EXCLUDED.source_version
     WHERE leaf_values.source_version < EXCLUDED.source_version`,
    [cycleId, unitId, criterion, points, setBy, version],
  );
}
