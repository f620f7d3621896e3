import { Injectable } from '@nestjs/common';
import { EventEnvelope, parseSubmissionsEvent, type SubmissionsEventType } from '@par/contracts';
import type { CriterionNodeData } from '@par/contracts';
import type { EventConsumer } from '@par/messaging';
import type { PoolClient } from 'pg';
import { SURVEY_SCHEMA } from '../../survey.config';
import { surveyLeavesOf } from './survey-leaves';

const s = SURVEY_SCHEMA;

/** The submissions events the catalogue holds; the others (self scores, deadlines …) are skipped unparsed. */
const CATALOGUE_EVENTS: ReadonlySet<SubmissionsEventType> = new Set([
  'CycleCreated',
  'GroupDefined',
  'CriteriaSetDefined',
  'CriteriaSetCorrected',
  'UnitRegistered',
]);

/**
 * The cycle catalogue (cycle-catalogue.migrations.ts) from the submissions log, in process or from Kafka.
 * Every write goes through `tx`, so it commits with the consumer's processed mark: applied exactly once.
 */
@Injectable()
export class CycleCatalogueProjector implements EventConsumer {
  readonly name = 'survey.catalogue';

  readonly handle = async (envelope: EventEnvelope, tx: PoolClient): Promise<void> => {
    if (!CATALOGUE_EVENTS.has(envelope.type as SubmissionsEventType)) return;
    const event = parseSubmissionsEvent(envelope.type, envelope.schemaVersion, envelope.data);
    const version = envelope.streamVersion;
    switch (event.type) {
      case 'CycleCreated':
        await tx.query(`INSERT INTO ${s}.catalogue_cycles (cycle_id, source_version) VALUES ($1, $2) ON CONFLICT (cycle_id) DO NOTHING`, [
          event.data.cycleId,
          version,
        ]);
        return;
      case 'GroupDefined': {
        const { cycleId, groupId, criteriaSetId } = event.data;
        await tx.query(
          `INSERT INTO ${s}.catalogue_groups (cycle_id, group_id, criteria_set_id, source_version) VALUES ($1, $2, $3, $4)
           ON CONFLICT (cycle_id, group_id) DO UPDATE SET criteria_set_id = EXCLUDED.criteria_set_id, source_version = EXCLUDED.source_version
           WHERE catalogue_groups.source_version < EXCLUDED.source_version`,
          [cycleId, groupId, criteriaSetId, version],
        );
        return;
      }
      case 'CriteriaSetDefined':
        return saveSet(tx, event.data.cycleId, event.data.criteriaSetId, 1, event.data.criteria, version);
      case 'CriteriaSetCorrected':
        return saveSet(tx, event.data.cycleId, event.data.criteriaSetId, event.data.version, event.data.criteria, version);
      case 'UnitRegistered': {
        const { cycleId, unitId, groupId } = event.data;
        await tx.query(
          `INSERT INTO ${s}.catalogue_units (cycle_id, unit_id, group_id, source_version) VALUES ($1, $2, $3, $4)
           ON CONFLICT (cycle_id, unit_id) DO UPDATE SET group_id = EXCLUDED.group_id, source_version = EXCLUDED.source_version
           WHERE catalogue_units.source_version < EXCLUDED.source_version`,
          [cycleId, unitId, groupId, version],
        );
        return;
      }
      default:
        return;
    }
  };
}

/** A set's survey-held leaves (max points and method), replaced whole by a later definition or correction of the set. */
async function saveSet(tx: PoolClient, cycleId: string, setId: string, setVersion: number, criteria: CriterionNodeData[], version: number): Promise<void> {
  const { rowCount } = await tx.query(
    `INSERT INTO ${s}.catalogue_sets (cycle_id, criteria_set_id, set_version, source_version) VALUES ($1, $2, $3, $4)
     ON CONFLICT (cycle_id, criteria_set_id) DO UPDATE SET set_version = EXCLUDED.set_version, source_version = EXCLUDED.source_version
     WHERE catalogue_sets.source_version < EXCLUDED.source_version`,
    [cycleId, setId, setVersion, version],
  );
  if (rowCount !== 1) return;
  await tx.query(`DELETE FROM ${s}.catalogue_survey_leaves WHERE cycle_id = $1 AND criteria_set_id = $2`, [cycleId, setId]);
  const leaves = surveyLeavesOf(criteria);
  await tx.query(
    `INSERT INTO ${s}.catalogue_survey_leaves (cycle_id, criteria_set_id, criterion, max_points, position, method)
     SELECT $1, $2, leaf.criterion, leaf.max_points, leaf.position, leaf.method::jsonb
       FROM unnest($3::text[], $4::text[], $5::int[], $6::text[]) AS leaf(criterion, max_points, position, method)`,
    [
      cycleId,
      setId,
      leaves.map((leaf) => leaf.code),
      leaves.map((leaf) => leaf.maxPoints),
      leaves.map((_, position) => position),
      leaves.map((leaf) => JSON.stringify(leaf.method)),
    ],
  );
}
