import type { EventEnvelope } from '@par/contracts';
import type { EventConsumer } from '@par/messaging';
import type { Pool, PoolClient } from 'pg';

/**
 * A read model of every leaf's current self and final value per unit, plus each value it ever took
 * (the audit trail) — fed by the submissions and appraisal logs, whatever the transport.
 */
export const SCHEMA = 'ranking';

export async function migrateLeafValues(pool: Pool): Promise<void> {
  await pool.query(`
    CREATE TABLE IF NOT EXISTS ${SCHEMA}.leaf_values (
      cycle text NOT NULL, unit text NOT NULL, criterion text NOT NULL,
      self_points numeric(8, 2), final_points numeric(8, 2), applicable boolean NOT NULL DEFAULT true,
      PRIMARY KEY (cycle, unit, criterion));
    CREATE TABLE IF NOT EXISTS ${SCHEMA}.adjustments (
      event_id text PRIMARY KEY, cycle text NOT NULL, unit text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('bonus', 'deduction')), points numeric(8, 2) NOT NULL, reason text);
    CREATE TABLE IF NOT EXISTS ${SCHEMA}.leaf_history (
      event_id text PRIMARY KEY, cycle text NOT NULL, unit text NOT NULL, criterion text NOT NULL,
      stage text NOT NULL, points text NOT NULL, actor text, role text, occurred_at timestamptz, reason text,
      recorded_at timestamptz NOT NULL)`);
}

interface LeafEventData {
  cycle: string;
  unit: string;
  criterion?: string;
  points?: string;
  decision?: string;
}

export const leafValuesProjection: EventConsumer = {
  name: 'ranking.leaf-values',
  async handle(envelope, tx) {
    const data = envelope.data as LeafEventData;
    switch (envelope.type) {
      case 'CriterionSelfScored':
        await setLeaf(tx, data, 'self_points = $4', data.points);
        return history(tx, envelope, 'self', data.points);
      case 'CriterionAppraised':
        await setLeaf(tx, data, 'final_points = $4, applicable = true', data.points);
        return history(tx, envelope, 'appraisal', data.points);
      case 'CriterionMarkedNotApplicable':
        await setLeaf(tx, data, 'applicable = false');
        return history(tx, envelope, 'appraisal', 'n/a');
      case 'ExplanationResolved':
        if (data.decision === 'changed') await setLeaf(tx, data, 'final_points = $4, applicable = true', data.points);
        return history(tx, envelope, 'council', data.points);
      case 'BonusRecorded':
      case 'DeductionRecorded':
        await tx.query(
          `INSERT INTO ${SCHEMA}.adjustments (event_id, cycle, unit, kind, points, reason) VALUES ($1, $2, $3, $4, $5, $6)`,
          [envelope.eventId, data.cycle, data.unit, envelope.type === 'BonusRecorded' ? 'bonus' : 'deduction', data.points, envelope.metadata['reason'] ?? null],
        );
        return;
      default:
        return; // other events do not move a leaf's value
    }
  },
};

async function setLeaf(tx: PoolClient, data: LeafEventData, assignment: string, points?: string): Promise<void> {
  const parameters = [data.cycle, data.unit, data.criterion, ...(points === undefined ? [] : [points])];
  await tx.query(
    `INSERT INTO ${SCHEMA}.leaf_values (cycle, unit, criterion) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    parameters.slice(0, 3),
  );
  await tx.query(`UPDATE ${SCHEMA}.leaf_values SET ${assignment} WHERE cycle = $1 AND unit = $2 AND criterion = $3`, parameters);
}

async function history(tx: PoolClient, envelope: EventEnvelope, stage: string, points = ''): Promise<void> {
  const data = envelope.data as LeafEventData;
  const { actor, role, occurredAt, reason } = envelope.metadata as Record<string, string | undefined>;
  await tx.query(
    `INSERT INTO ${SCHEMA}.leaf_history (event_id, cycle, unit, criterion, stage, points, actor, role, occurred_at, reason, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [envelope.eventId, data.cycle, data.unit, data.criterion, stage, points, actor, role, occurredAt, reason, envelope.recordedAt],
  );
}
