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
  // A run of draft scores (a unit's sheet, an import's thousands) is written as one upsert; anything else in order.
  handleBatch: async (envelopes: readonly EventEnvelope[], tx: PoolClient) => {
    let scored: SelfScored[] = [];
    for (const envelope of envelopes) {
      const event = parseSubmissionsEvent(envelope.type, envelope.schemaVersion, envelope.data);
      if (event.type === 'CriterionSelfScored') {
        scored.push(event);
        continue;
      }
      await saveScores(tx, scored);
      scored = [];
      await apply(event, tx);
    }
    await saveScores(tx, scored);
  },
};

type SelfScored = Extract<SubmissionsEvent, { type: 'CriterionSelfScored' }>;

/**
 * Draft scores in one statement: the last of each leaf wins, as applying them one by one would leave it, and
 * each unit's sheet is created first if it has none (the sheet's row and its scores in one round trip).
 */
async function saveScores(tx: PoolClient, scored: readonly SelfScored[]): Promise<void> {
  if (scored.length === 0) return;
  const rows = [...new Map(scored.map(({ data }) => [`${data.cycleId}\u0000${data.unitId}\u0000${data.criterion}`, data])).values()];
  await tx.query(
    `WITH sheet AS (
       INSERT INTO ${s}.self_assessments (cycle_id, unit_id, status, submissions)
       SELECT DISTINCT score.cycle_id, score.unit_id, 'draft', 0 FROM unnest($1::text[], $2::text[]) AS score(cycle_id, unit_id) ON CONFLICT DO NOTHING
     )
     INSERT INTO ${s}.self_scores (cycle_id, unit_id, criterion, points, evidence, note)
     SELECT score.cycle_id, score.unit_id, score.criterion, score.points, score.evidence::jsonb, score.note
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS score(cycle_id, unit_id, criterion, points, evidence, note)
     ON CONFLICT (cycle_id, unit_id, criterion) DO UPDATE SET points = EXCLUDED.points, evidence = EXCLUDED.evidence, note = EXCLUDED.note`,
    [
      rows.map((row) => row.cycleId),
      rows.map((row) => row.unitId),
      rows.map((row) => row.criterion),
      rows.map((row) => row.points),
      rows.map((row) => JSON.stringify(row.evidence)),
      rows.map((row) => row.note),
    ],
  );
}

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
    case 'CriterionSelfScored':
      return saveScores(tx, [event]);
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
