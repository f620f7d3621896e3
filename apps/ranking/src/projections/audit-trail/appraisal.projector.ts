import type { AppraisalEvent } from '@par/contracts';
import type { Projector } from '../projector';
import { AuditChange, recordAudit } from './audit-writer';

/**
 * The appraisal service's part of the trail: appraised, accepted and not-applicable leaves (with the
 * reason), explanations (text and evidence), council decisions (from → to, reason, votes), corrections,
 * and bonuses and deductions recorded or removed.
 */
export const auditTrailFromAppraisal: Projector<AppraisalEvent> = async (event, context, tx) => {
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
      const reason = 'reason' in event.data ? event.data.reason : null;
      return recordAudit(tx, context, [leaf(criterion, 'appraisal', previousPoints, points, { reason })]);
    }
    case 'ExplanationFiled': {
      const { criterion, text, evidence } = event.data;
      return recordAudit(tx, context, [leaf(criterion, 'explanation', null, null, { note: text, evidence })]);
    }
    case 'ExplanationResolved': {
      const { criterion, decision, previousPoints, points, reason, votes } = event.data;
      return recordAudit(tx, context, [leaf(criterion, 'council', previousPoints, points, { reason, votes, decision })]);
    }
    case 'ScoreCorrected': {
      const { criterion, previousPoints, points, reason } = event.data;
      return recordAudit(tx, context, [leaf(criterion, 'correction', previousPoints, points, { reason })]);
    }
    case 'BonusRecorded':
    case 'DeductionRecorded': {
      const subject = event.type === 'BonusRecorded' ? 'bonus' : 'deduction';
      const { points, reason, criterion, ref } = event.data;
      return recordAudit(tx, context, [
        { cycleId, unitId, criterion: criterion ?? null, subject, stage: 'appraisal', from: null, to: points, reason, evidence: ref ? [{ title: ref }] : null },
      ]);
    }
    case 'AdjustmentRemoved': {
      const { kind, points, reason } = event.data;
      return recordAudit(tx, context, [{ cycleId, unitId, criterion: null, subject: kind, stage: 'appraisal', from: points, to: null, reason }]);
    }
    // Starting, refreshed self scores, sending the result and finalizing record no value of their own.
    default:
      return;
  }
};
