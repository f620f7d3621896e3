import type { SubmissionsEvent, SubmissionsEventOf } from '@par/contracts';
import type { PoolClient } from 'pg';
import { table } from '../../infrastructure/ranking-schema';
import type { EventContext } from '../event-context';
import type { Projector } from '../projector';

/**
 * The submissions service's events into the cycle scores: cycle, groups, criteria set versions, units,
 * applicability and the submitted self scores. Every row is keyed by what it describes and moves only
 * forward in its source stream (`source_version`), so the projection converges whatever order streams
 * arrive in.
 */
export const cycleScoresFromSubmissions: Projector<SubmissionsEvent> = async (event, context, tx) => {
  const version = context.streamVersion;
  switch (event.type) {
    case 'CycleCreated': {
      const { cycleId, year, title, evaluator, thresholds } = event.data;
      await tx.query(
        `INSERT INTO ${table('cycles')} (cycle_id, year, title, evaluator, thresholds, source_version) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (cycle_id) DO UPDATE SET year = EXCLUDED.year, title = EXCLUDED.title, evaluator = EXCLUDED.evaluator,
           thresholds = EXCLUDED.thresholds, source_version = EXCLUDED.source_version
         WHERE cycles.source_version < EXCLUDED.source_version`,
        [cycleId, year, title, evaluator, JSON.stringify(thresholds), version],
      );
      return;
    }
    case 'GroupDefined': {
      const { cycleId, groupId, name, criteriaSetId, thresholds } = event.data;
      await tx.query(
        `INSERT INTO ${table('groups')} (cycle_id, group_id, name, criteria_set_id, thresholds, source_version) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (cycle_id, group_id) DO UPDATE SET name = EXCLUDED.name, criteria_set_id = EXCLUDED.criteria_set_id,
           thresholds = EXCLUDED.thresholds, source_version = EXCLUDED.source_version
         WHERE groups.source_version < EXCLUDED.source_version`,
        [cycleId, groupId, name, criteriaSetId, thresholds === null ? null : JSON.stringify(thresholds), version],
      );
      return;
    }
    case 'CriteriaSetDefined':
      return saveSetVersion(tx, event.data.cycleId, event.data.criteriaSetId, 1, event.data.criteria, version);
    case 'CriteriaSetCorrected':
      return saveSetVersion(tx, event.data.cycleId, event.data.criteriaSetId, event.data.version, event.data.criteria, version);
    case 'UnitRegistered': {
      const { cycleId, unitId, name, groupId, parentId } = event.data;
      await tx.query(
        `INSERT INTO ${table('units')} (cycle_id, unit_id, name, group_id, parent_id, source_version) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (cycle_id, unit_id) DO UPDATE SET name = EXCLUDED.name, group_id = EXCLUDED.group_id, parent_id = EXCLUDED.parent_id,
           source_version = EXCLUDED.source_version
         WHERE units.source_version < EXCLUDED.source_version`,
        [cycleId, unitId, name, groupId, parentId, version],
      );
      return;
    }
    case 'UnitRenamed': {
      const { cycleId, unitId, name } = event.data;
      // Same stream as the registration, so the unit is already there.
      await tx.query(`UPDATE ${table('units')} SET name = $3, source_version = $4 WHERE cycle_id = $1 AND unit_id = $2 AND source_version < $4`, [
        cycleId,
        unitId,
        name,
        version,
      ]);
      return;
    }
    case 'ApplicabilitySet': {
      const { cycleId, unitId, criterion, applicable, reason } = event.data;
      await tx.query(
        `INSERT INTO ${table('applicability')} (cycle_id, unit_id, criterion, applicable, reason, source_version) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (cycle_id, unit_id, criterion) DO UPDATE SET applicable = EXCLUDED.applicable, reason = EXCLUDED.reason,
           source_version = EXCLUDED.source_version
         WHERE applicability.source_version < EXCLUDED.source_version`,
        [cycleId, unitId, criterion, applicable, reason, version],
      );
      return;
    }
    case 'SelfAssessmentSubmitted':
      return saveSubmission(tx, event, context);
    // Drafts, clearing and reopening change no submitted value; deadlines and lifecycle do not enter the results.
    default:
      return;
  }
};

async function saveSetVersion(tx: PoolClient, cycleId: string, setId: string, setVersion: number, criteria: unknown, version: number): Promise<void> {
  await tx.query(
    `INSERT INTO ${table('criteria_set_versions')} (cycle_id, criteria_set_id, set_version, criteria, source_version) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (cycle_id, criteria_set_id, set_version) DO UPDATE SET criteria = EXCLUDED.criteria, source_version = EXCLUDED.source_version
     WHERE criteria_set_versions.source_version < EXCLUDED.source_version`,
    [cycleId, setId, setVersion, JSON.stringify(criteria), version],
  );
}

/** The submitted snapshot replaces the unit's earlier one, if this submission is newer in the stream. */
async function saveSubmission(tx: PoolClient, event: SubmissionsEventOf<'SelfAssessmentSubmitted'>, context: EventContext): Promise<void> {
  const { cycleId, unitId, submission, scores, selfTotal } = event.data;
  const { rowCount } = await tx.query(
    `INSERT INTO ${table('self_assessments')} (cycle_id, unit_id, submission, self_total, submitted_by, source_version) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (cycle_id, unit_id) DO UPDATE SET submission = EXCLUDED.submission, self_total = EXCLUDED.self_total,
       submitted_by = EXCLUDED.submitted_by, source_version = EXCLUDED.source_version
     WHERE self_assessments.source_version < EXCLUDED.source_version`,
    [cycleId, unitId, submission, selfTotal, context.actor, context.streamVersion],
  );
  if (rowCount !== 1) return;
  await tx.query(`DELETE FROM ${table('self_scores')} WHERE cycle_id = $1 AND unit_id = $2`, [cycleId, unitId]);
  // One statement for the whole sheet (90 leaves for a department).
  await tx.query(
    `INSERT INTO ${table('self_scores')} (cycle_id, unit_id, criterion, points, evidence, note, submission)
     SELECT $1, $2, score.criterion, score.points, score.evidence::jsonb, score.note, $7
       FROM unnest($3::text[], $4::text[], $5::text[], $6::text[]) AS score(criterion, points, evidence, note)`,
    [
      cycleId,
      unitId,
      scores.map((score) => score.criterion),
      scores.map((score) => score.points),
      scores.map((score) => JSON.stringify(score.evidence)),
      scores.map((score) => score.note),
      submission,
    ],
  );
}
