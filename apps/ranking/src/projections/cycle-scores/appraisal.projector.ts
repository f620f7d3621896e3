import type { AppraisalEvent } from '@par/contracts';
import type { PoolClient } from 'pg';
import { table } from '../../infrastructure/ranking-schema';
import type { Projector } from '../projector';

/**
 * The appraisal service's events into the cycle scores: each leaf's latest value, bonuses and deductions
 * (removal included) and the finalized flag. Values are stored per leaf, apart from the self scores, and
 * move only forward in the unit's appraisal stream: the projection converges whichever of the two sources
 * arrives first.
 */
export const cycleScoresFromAppraisal: Projector<AppraisalEvent> = async (event, context, tx) => {
  const { cycleId, unitId } = event.data;
  const saveAll = (values: readonly { criterion: string; points: string | null }[]) =>
    saveValues(tx, { cycleId, unitId, setBy: event.type, version: context.streamVersion }, values);
  const save = (criterion: string, points: string | null) => saveAll([{ criterion, points }]);
  switch (event.type) {
    case 'CriterionAccepted':
    case 'CriterionAppraised':
    case 'CriterionMarkedNotApplicable':
    case 'ExplanationResolved':
    case 'ScoreCorrected':
      return save(event.data.criterion, event.data.points);
    case 'SelfScoresRefreshed': {
      // A resubmission voids the review of each changed claim: the leaf falls back to the unit's new claim.
      // The decider applied libs/domain's rule once and recorded the result; a projection applies the fact.
      return saveAll(event.data.changedCriteria);
    }
    case 'BonusRecorded':
    case 'DeductionRecorded': {
      const kind = event.type === 'BonusRecorded' ? 'bonus' : 'deduction';
      const { adjustmentId, points, reason, criterion } = event.data;
      // A removal seen first (it carries kind and points) keeps its mark: the recording only fills in.
      await tx.query(
        `INSERT INTO ${table('adjustments')} (cycle_id, unit_id, adjustment_id, kind, points, reason, criterion, removed) VALUES ($1, $2, $3, $4, $5, $6, $7, false)
         ON CONFLICT (cycle_id, unit_id, adjustment_id) DO UPDATE SET reason = EXCLUDED.reason, criterion = EXCLUDED.criterion`,
        [cycleId, unitId, adjustmentId, kind, points, reason, criterion ?? null],
      );
      return;
    }
    case 'AdjustmentRemoved': {
      const { adjustmentId, kind, points, reason } = event.data;
      await tx.query(
        `INSERT INTO ${table('adjustments')} (cycle_id, unit_id, adjustment_id, kind, points, removed, removal_reason) VALUES ($1, $2, $3, $4, $5, true, $6)
         ON CONFLICT (cycle_id, unit_id, adjustment_id) DO UPDATE SET removed = true, removal_reason = EXCLUDED.removal_reason`,
        [cycleId, unitId, adjustmentId, kind, points, reason],
      );
      return;
    }
    case 'AppraisalFinalized': {
      // The final list repeats every leaf's value: stored too, so a consumer that missed nothing still agrees.
      await saveAll(event.data.values);
      await tx.query(
        `INSERT INTO ${table('appraisal_status')} (cycle_id, unit_id, finalized, finalized_at) VALUES ($1, $2, true, $3)
         ON CONFLICT (cycle_id, unit_id) DO UPDATE SET finalized = true, finalized_at = EXCLUDED.finalized_at`,
        [cycleId, unitId, event.data.finalizedAt],
      );
      return;
    }
    // AppraisalStarted repeats the self scores (the submissions projection has them); sending the result or
    // filing an explanation moves no value.
    default:
      return;
  }
};

interface LeafValues {
  readonly cycleId: string;
  readonly unitId: string;
  /** The event type that set them. */
  readonly setBy: string;
  /** Version in the unit's appraisal stream: a value only moves forward. */
  readonly version: number;
}

/** Each leaf's value (null: not applicable to the unit), all in one statement: a finalization lists every leaf. */
async function saveValues(tx: PoolClient, by: LeafValues, values: readonly { criterion: string; points: string | null }[]): Promise<void> {
  if (values.length === 0) return;
  await tx.query(
    `INSERT INTO ${table('leaf_values')} (cycle_id, unit_id, criterion, points, set_by, source_version)
     SELECT $1, $2, value.criterion, value.points, $5, $6 FROM unnest($3::text[], $4::text[]) AS value(criterion, points)
     ON CONFLICT (cycle_id, unit_id, criterion) DO UPDATE SET points = EXCLUDED.points, set_by = EXCLUDED.set_by, source_version = EXCLUDED.source_version
     WHERE leaf_values.source_version < EXCLUDED.source_version`,
    [by.cycleId, by.unitId, values.map((value) => value.criterion), values.map((value) => value.points), by.setBy, by.version],
  );
}
