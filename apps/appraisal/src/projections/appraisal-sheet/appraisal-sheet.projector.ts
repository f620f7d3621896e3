import { Injectable } from '@nestjs/common';
import { AppraisalEvent, AppraisalEventOf, EventEnvelope, parseAppraisalEvent } from '@par/contracts';
import { Points, startingValue } from '@par/domain';
import type { EventConsumer } from '@par/messaging';
import type { PoolClient } from 'pg';
import { APPRAISAL_SCHEMA } from '../../appraisal.config';
import { isReviewedValue, type ReviewedValue, saveReviewed, type SheetVersion } from './reviewed-values';

const s = APPRAISAL_SCHEMA;

/**
 * Keeps each unit's appraisal sheet (appraisal-sheet.entities.ts) from the service's own log. Every
 * write goes through `tx`, so it commits with the consumer's processed mark: applied exactly once.
 */
@Injectable()
export class AppraisalSheetProjector implements EventConsumer {
  readonly name = 'appraisal.sheets';

  readonly handle = (envelope: EventEnvelope, tx: PoolClient): Promise<void> => this.handleBatch([envelope], tx);

  /**
   * Events in order, in few statements: a run of reviewed values (what an appraiser mostly sends) as one
   * UPDATE, and every sheet's version once, at the end, in the same statement as the last run: an appraised
   * leaf alone is one round trip. The effect is that of applying the events one by one.
   */
  readonly handleBatch = async (envelopes: readonly EventEnvelope[], tx: PoolClient): Promise<void> => {
    let reviewed: ReviewedValue[] = [];
    const versions = new Map<string, SheetVersion>();
    for (const envelope of envelopes) {
      const event = parseAppraisalEvent(envelope.type, envelope.schemaVersion, envelope.data);
      const { cycleId, unitId } = event.data;
      versions.set(`${cycleId}\u0000${unitId}`, { cycleId, unitId, version: envelope.streamVersion });
      if (isReviewedValue(event)) {
        reviewed.push(event.data);
        continue;
      }
      if (reviewed.length > 0) await saveReviewed(tx, reviewed, []);
      reviewed = [];
      await apply(tx, event, envelope.streamVersion);
    }
    await saveReviewed(tx, reviewed, [...versions.values()]);
  };
}

async function apply(tx: PoolClient, event: AppraisalEvent, streamVersion: number): Promise<void> {
  const { cycleId, unitId } = event.data;
  const key = [cycleId, unitId];
  switch (event.type) {
    case 'AppraisalStarted':
      return started(tx, event);
    case 'SelfScoresRefreshed':
      return refreshed(tx, event);
    case 'CriterionAccepted':
    case 'CriterionAppraised':
    case 'CriterionMarkedNotApplicable':
      return setLeaf(tx, key, event.data.criterion, 'points = $4, reviewed = true', [event.data.points]);
    case 'BonusRecorded':
    case 'DeductionRecorded': {
      const { adjustmentId, points, reason, criterion, ref } = event.data;
      const kind = event.type === 'BonusRecorded' ? 'bonus' : 'deduction';
      await tx.query(
        `INSERT INTO ${s}.sheet_adjustments (cycle_id, unit_id, adjustment_id, kind, points, reason, criterion, ref, removed, stream_version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, false, $9)`,
        [...key, adjustmentId, kind, points, reason, criterion ?? null, ref ?? null, streamVersion],
      );
      return;
    }
    case 'AdjustmentRemoved':
      await tx.query(`UPDATE ${s}.sheet_adjustments SET removed = true WHERE cycle_id = $1 AND unit_id = $2 AND adjustment_id = $3`, [
        ...key,
        event.data.adjustmentId,
      ]);
      return;
    case 'AppraisalResultSent':
      await tx.query(`UPDATE ${s}.sheets SET phase = 'resultSent', sent_at = $3, explanation_deadline = $4 WHERE cycle_id = $1 AND unit_id = $2`, [
        ...key,
        event.data.sentAt,
        event.data.explanationDeadline,
      ]);
      return;
    case 'ExplanationFiled':
      return setLeaf(tx, key, event.data.criterion, `explanation = 'open'`, []);
    case 'ExplanationResolved':
      return setLeaf(tx, key, event.data.criterion, `explanation = 'resolved', points = $4`, [event.data.points]);
    case 'AppraisalFinalized':
      await tx.query(`UPDATE ${s}.sheets SET phase = 'finalized', finalized_at = $3 WHERE cycle_id = $1 AND unit_id = $2`, [...key, event.data.finalizedAt]);
      return;
    case 'ScoreCorrected':
      return setLeaf(tx, key, event.data.criterion, 'points = $4', [event.data.points]);
  }
}

async function started(tx: PoolClient, { data }: AppraisalEventOf<'AppraisalStarted'>): Promise<void> {
  await tx.query(`INSERT INTO ${s}.sheets (cycle_id, unit_id, phase, stream_version) VALUES ($1, $2, 'appraising', 0)`, [data.cycleId, data.unitId]);
  const excluded = new Set(data.notApplicable);
  const self = new Map(data.selfScores.map((score) => [score.criterion, score.points]));
  const rows = data.leaves.map((leaf, position) => {
    const selfPoints = self.get(leaf.code) ?? null;
    const points = startingValue({ notApplicableBySetup: excluded.has(leaf.code), self: selfPoints === null ? undefined : Points.of(selfPoints) });
    return {
      code: leaf.code,
      position,
      title: leaf.title,
      maxPoints: leaf.maxPoints,
      excluded: excluded.has(leaf.code),
      selfPoints,
      points: points?.toString() ?? null,
    };
  });
  // One statement for the whole sheet (90 leaves for a department).
  await tx.query(
    `INSERT INTO ${s}.sheet_leaves (cycle_id, unit_id, criterion, position, title, max_points, not_applicable_by_setup, self_points, points, reviewed, explanation)
     SELECT $1, $2, leaf.criterion, leaf.position, leaf.title, leaf.max_points, leaf.excluded, leaf.self_points, leaf.points, false, 'none'
       FROM unnest($3::text[], $4::int[], $5::text[], $6::text[], $7::boolean[], $8::text[], $9::text[])
         AS leaf(criterion, position, title, max_points, excluded, self_points, points)`,
    [
      data.cycleId,
      data.unitId,
      rows.map((row) => row.code),
      rows.map((row) => row.position),
      rows.map((row) => row.title),
      rows.map((row) => row.maxPoints),
      rows.map((row) => row.excluded),
      rows.map((row) => row.selfPoints),
      rows.map((row) => row.points),
    ],
  );
}

/** New self values everywhere; a leaf whose claim changed falls back to it, unreviewed. */
async function refreshed(tx: PoolClient, { data }: AppraisalEventOf<'SelfScoresRefreshed'>): Promise<void> {
  const key = [data.cycleId, data.unitId];
  await tx.query(`UPDATE ${s}.sheet_leaves SET self_points = NULL WHERE cycle_id = $1 AND unit_id = $2`, key);
  for (const { criterion, points } of data.selfScores) await setLeaf(tx, key, criterion, 'self_points = $4', [points]);
  for (const { criterion, points } of data.changedCriteria) await setLeaf(tx, key, criterion, 'points = $4, reviewed = false', [points]);
}

async function setLeaf(tx: PoolClient, key: string[], criterion: string, assignments: string, values: unknown[]): Promise<void> {
  await tx.query(`UPDATE ${s}.sheet_leaves SET ${assignments} WHERE cycle_id = $1 AND unit_id = $2 AND criterion = $3`, [...key, criterion, ...values]);
}
