import type { PoolClient } from 'pg';
import { table } from '../../../infrastructure/ranking-schema';
import type { CycleScoresBatch } from './cycle-scores-batch';
import { copyIn, copyText } from '../../copy-rows';
import { columnsOf } from '../../unnest-columns';
import { APPLICABILITY, CRITERIA_SET_VERSIONS, CYCLES, GROUPS, LEAF_VALUES, SELF_ASSESSMENTS, SELF_SCORES, UNITS } from './cycle-scores-tables';
import { upsertForward } from './forward-upsert';
import { keyOf } from './latest-rows';

/** Writes what a batch gathered, a few statements per table, and leaves nothing to write twice. */
export async function writeCycleScores(tx: PoolClient, batch: CycleScoresBatch): Promise<void> {
  await upsertForward(tx, CYCLES, batch.cycles.values());
  await upsertForward(tx, GROUPS, batch.groups.values());
  await upsertForward(tx, CRITERIA_SET_VERSIONS, batch.criteriaSetVersions.values());
  await upsertForward(tx, UNITS, batch.units.values());
  await upsertForward(tx, APPLICABILITY, batch.applicability.values());
  await writeSubmissions(tx, batch);
  await upsertForward(tx, LEAF_VALUES, batch.leafValues.values());
  await writeAdjustments(tx, batch);
  await writeFinalized(tx, batch);
}

/** The submissions that stand replace their unit's self scores, as saveSubmission does when its upsert wrote a row. */
async function writeSubmissions(tx: PoolClient, batch: CycleScoresBatch): Promise<void> {
  const submissions = batch.submissions.values();
  const written = (await upsertForward(tx, SELF_ASSESSMENTS, submissions, 'cycle_id, unit_id')) as { cycle_id: string; unit_id: string }[];
  if (written.length === 0) return;
  const standing = new Set(written.map((row) => keyOf(row.cycle_id, row.unit_id)));
  const sheets = submissions.filter(({ cells }) => standing.has(keyOf(cells[0] as string, cells[1] as string)));
  await tx.query(
    `DELETE FROM ${table('self_scores')} s USING unnest($1::text[], $2::text[]) AS u(cycle_id, unit_id) WHERE s.cycle_id = u.cycle_id AND s.unit_id = u.unit_id`,
    [written.map((row) => row.cycle_id), written.map((row) => row.unit_id)],
  );
  const scores = sheets.flatMap(({ cells, scores: sheet }) =>
    sheet.map((score) => [cells[0], cells[1], score.criterion, score.points, JSON.stringify(score.evidence), score.note, cells[2]]),
  );
  // The unit's rows were just deleted: nothing to conflict with, so the cheapest insert.
  await copyIn(tx, table('self_scores'), SELF_SCORES, copyText(scores));
}

/** Adjustments already stored take the batch's patches; the others are inserted as the batch left them. */
async function writeAdjustments(tx: PoolClient, batch: CycleScoresBatch): Promise<void> {
  const changes = batch.adjustments.values();
  if (changes.length === 0) return;
  const keys = changes.map(({ created }) => [created.cycleId, created.unitId, created.adjustmentId]);
  await tx.query(
    `UPDATE ${table('adjustments')} a
        SET reason = CASE WHEN p.recorded THEN p.reason ELSE a.reason END,
            criterion = CASE WHEN p.recorded THEN p.criterion ELSE a.criterion END,
            removed = a.removed OR p.removed,
            removal_reason = CASE WHEN p.removed THEN p.removal_reason ELSE a.removal_reason END
       FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[], $5::text[], $6::text[], $7::boolean[], $8::text[])
            AS p(cycle_id, unit_id, adjustment_id, recorded, reason, criterion, removed, removal_reason)
      WHERE a.cycle_id = p.cycle_id AND a.unit_id = p.unit_id AND a.adjustment_id = p.adjustment_id`,
    columnsOf(
      changes.map(({ recorded, removal }, index) => [
        ...keys[index],
        recorded !== null,
        recorded?.reason ?? null,
        recorded?.criterion ?? null,
        removal !== null,
        removal?.reason ?? null,
      ]),
      8,
    ),
  );
  await tx.query(
    `INSERT INTO ${table('adjustments')} (cycle_id, unit_id, adjustment_id, kind, points, reason, criterion, removed, removal_reason)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::text[])
     ON CONFLICT (cycle_id, unit_id, adjustment_id) DO NOTHING`,
    columnsOf(
      changes.map(({ created }) => [
        created.cycleId,
        created.unitId,
        created.adjustmentId,
        created.kind,
        created.points,
        created.reason,
        created.criterion,
        created.removed,
        created.removalReason,
      ]),
      9,
    ),
  );
}

async function writeFinalized(tx: PoolClient, batch: CycleScoresBatch): Promise<void> {
  const finalized = [...batch.finalized.values()];
  if (finalized.length === 0) return;
  await tx.query(
    `INSERT INTO ${table('appraisal_status')} (cycle_id, unit_id, finalized, finalized_at)
     SELECT cycle_id, unit_id, true, finalized_at FROM unnest($1::text[], $2::text[], $3::timestamptz[]) AS f(cycle_id, unit_id, finalized_at)
     ON CONFLICT (cycle_id, unit_id) DO UPDATE SET finalized = true, finalized_at = EXCLUDED.finalized_at`,
    columnsOf(finalized, 3),
  );
}
