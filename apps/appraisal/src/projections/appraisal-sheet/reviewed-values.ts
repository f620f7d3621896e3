/** The appraisal sheet's most frequent change, a leaf's reviewed value, written for a whole run of events at once. */
import type { AppraisalEvent, AppraisalEventOf } from '@par/contracts';
import type { PoolClient } from 'pg';
import { APPRAISAL_SCHEMA } from '../../appraisal.config';

const s = APPRAISAL_SCHEMA;

export type ReviewedValueEvent = AppraisalEventOf<'CriterionAccepted' | 'CriterionAppraised' | 'CriterionMarkedNotApplicable'>;
export type ReviewedValue = ReviewedValueEvent['data'];

export interface SheetVersion {
  readonly cycleId: string;
  readonly unitId: string;
  readonly version: number;
}

/** The events that set a leaf's value as reviewed (`points = …, reviewed = true` in apply). */
export function isReviewedValue(event: AppraisalEvent): event is ReviewedValueEvent {
  return event.type === 'CriterionAccepted' || event.type === 'CriterionAppraised' || event.type === 'CriterionMarkedNotApplicable';
}

/** Reviewed values (the last of each leaf wins, as one by one) and sheets' versions, in one statement. */
export async function saveReviewed(tx: PoolClient, values: readonly ReviewedValue[], versions: readonly SheetVersion[]): Promise<void> {
  const latest = [...new Map(values.map((value) => [`${value.cycleId}\u0000${value.unitId}\u0000${value.criterion}`, value])).values()];
  await tx.query(
    `WITH leaves AS (
       UPDATE ${s}.sheet_leaves AS leaf SET points = value.points, reviewed = true
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS value(cycle_id, unit_id, criterion, points)
        WHERE leaf.cycle_id = value.cycle_id AND leaf.unit_id = value.unit_id AND leaf.criterion = value.criterion
     )
     UPDATE ${s}.sheets AS sheet SET stream_version = version.stream_version
       FROM unnest($5::text[], $6::text[], $7::int[]) AS version(cycle_id, unit_id, stream_version)
      WHERE sheet.cycle_id = version.cycle_id AND sheet.unit_id = version.unit_id`,
    [
      latest.map((value) => value.cycleId),
      latest.map((value) => value.unitId),
      latest.map((value) => value.criterion),
      latest.map((value) => value.points),
      versions.map((version) => version.cycleId),
      versions.map((version) => version.unitId),
      versions.map((version) => version.version),
    ],
  );
}
