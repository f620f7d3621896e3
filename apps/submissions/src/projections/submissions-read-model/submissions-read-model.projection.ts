import { EventEnvelope, parseSubmissionsEvent, SubmissionsEvent } from '@par/contracts';
import type { EventConsumer } from '@par/messaging';
import type { PoolClient } from 'pg';
import { SUBMISSIONS_SCHEMA } from '../../infrastructure/tokens';

const s = `"${SUBMISSIONS_SCHEMA}"`;

/**
 * Feeds the read model (cycle overview, units' sheets) from this service's own log. Every write goes
 * through `tx`, so it commits with the consumer's processed mark; upserts keep a redelivery harmless.
 */
export const submissionsReadModel: EventConsumer = {
  name: 'submissions-read-model',
  handle: async (envelope: EventEnvelope, tx: PoolClient) => {
    await apply(parseSubmissionsEvent(envelope.type, envelope.schemaVersion, envelope.data), tx);
  },
};

async function apply(event: SubmissionsEvent, tx: PoolClient): Promise<void> {
  switch (event.type) {
    case 'CycleCreated': {
      const { cycleId, year, title, evaluator } = event.data;
      await tx.query(
        `INSERT INTO ${s}.cycle_overview (cycle_id, year, title, evaluator, status) VALUES ($1, $2, $3, $4, 'setup')
         ON CONFLICT (cycle_id) DO UPDATE SET year = $2, title = $3, evaluator = $4`,
        [cycleId, year, title, evaluator],
      );
      return;
    }
    case 'GroupDefined': {
      const { cycleId, groupId, name, criteriaSetId } = event.data;
      await tx.query(
        `INSERT INTO ${s}.cycle_groups (cycle_id, group_id, name, criteria_set_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (cycle_id, group_id) DO UPDATE SET name = $3, criteria_set_id = $4`,
        [cycleId, groupId, name, criteriaSetId],
      );
      return;
    }
    case 'CriteriaSetDefined':
    case 'CriteriaSetCorrected': {
      const { cycleId, criteriaSetId, criteria } = event.data;
      const version = event.type === 'CriteriaSetCorrected' ? event.data.version : 1;
      await tx.query(
        `INSERT INTO ${s}.criteria_sets (cycle_id, criteria_set_id, version, criteria) VALUES ($1, $2, $3, $4)
         ON CONFLICT (cycle_id, criteria_set_id) DO UPDATE SET version = $3, criteria = $4`,
        [cycleId, criteriaSetId, version, JSON.stringify(criteria)],
      );
      return;
    }
    case 'UnitRegistered': {
      const { cycleId, unitId, name, groupId, parentId } = event.data;
      await tx.query(
        `INSERT INTO ${s}.cycle_units (cycle_id, unit_id, name, group_id, parent_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (cycle_id, unit_id) DO UPDATE SET name = $3, group_id = $4, parent_id = $5`,
        [cycleId, unitId, name, groupId, parentId],
      );
      return;
    }
    case 'UnitRenamed':
      await tx.query(`UPDATE ${s}.cycle_units SET name = $3 WHERE cycle_id = $1 AND unit_id = $2`, [event.data.cycleId, event.data.unitId, event.data.name]);
      return;
    case 'ApplicabilitySet': {
      const { cycleId, unitId, criterion, applicable, reason } = event.data;
      await tx.query(
        `INSERT INTO ${s}.unit_applicability (cycle_id, unit_id, criterion, applicable, reason) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (cycle_id, unit_id, criterion) DO UPDATE SET applicable = $4, reason = $5`,
        [cycleId, unitId, criterion, applicable, reason],
      );
      return;
    }
    case 'DeadlinesSet':
      await tx.query(`UPDATE ${s}.cycle_overview SET self_assessment_due = $2 WHERE cycle_id = $1`, [event.data.cycleId, event.data.selfAssessmentDue]);
      return;
    case 'CycleOpened':
    case 'CycleClosed':
      await tx.query(`UPDATE ${s}.cycle_overview SET status = $2 WHERE cycle_id = $1`, [event.data.cycleId, event.type === 'CycleOpened' ? 'open' : 'closed']);
      return;
    case 'CriterionSelfScored': {
      const { cycleId, unitId, criterion, points, evidence, note } = event.data;
      await ensureSheet(tx, cycleId, unitId);
      await tx.query(
        `INSERT INTO ${s}.self_scores (cycle_id, unit_id, criterion, points, evidence, note) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (cycle_id, unit_id, criterion) DO UPDATE SET points = $4, evidence = $5, note = $6`,
        [cycleId, unitId, criterion, points, JSON.stringify(evidence), note],
      );
      return;
    }
    case 'SelfScoreCleared':
      await tx.query(`DELETE FROM ${s}.self_scores WHERE cycle_id = $1 AND unit_id = $2 AND criterion = $3`, [
        event.data.cycleId,
        event.data.unitId,
        event.data.criterion,
      ]);
      return;
    case 'SelfAssessmentSubmitted':
      await ensureSheet(tx, event.data.cycleId, event.data.unitId);
      await tx.query(`UPDATE ${s}.self_assessments SET status = 'submitted', submissions = $3 WHERE cycle_id = $1 AND unit_id = $2`, [
        event.data.cycleId,
        event.data.unitId,
        event.data.submission,
      ]);
      return;
    case 'SelfAssessmentReopened':
      await tx.query(`UPDATE ${s}.self_assessments SET status = 'draft' WHERE cycle_id = $1 AND unit_id = $2`, [event.data.cycleId, event.data.unitId]);
      return;
  }
}

async function ensureSheet(tx: PoolClient, cycleId: string, unitId: string): Promise<void> {
  await tx.query(`INSERT INTO ${s}.self_assessments (cycle_id, unit_id, status, submissions) VALUES ($1, $2, 'draft', 0) ON CONFLICT DO NOTHING`, [
    cycleId,
    unitId,
  ]);
}
