import { Inject, Injectable } from '@nestjs/common';
import { Points } from '@par/domain';
import type { CatalogueFacts } from '../../domain';
import { SURVEY_SCHEMA, type SurveyOptions } from '../../survey.config';
import { SURVEY_CONFIG } from '../../infrastructure/tokens';

const s = SURVEY_SCHEMA;

/** A group's survey-held leaves of its current criteria set: code → max points. */
export type SurveyLeaves = ReadonlyMap<string, Points>;

/** Reads the cycle catalogue: what the submissions log has said, as far as the projection has caught up. */
@Injectable()
export class CycleCatalogueReader {
  constructor(@Inject(SURVEY_CONFIG) private readonly config: SurveyOptions) {}

  /** Whether the cycle exists, and each of its groups with its survey-held leaves: what OpenCampaign is decided on. */
  async factsOf(cycleId: string): Promise<CatalogueFacts> {
    const [cycle, leaves] = await Promise.all([
      this.config.pool.query(`SELECT 1 FROM ${s}.catalogue_cycles WHERE cycle_id = $1`, [cycleId]),
      this.surveyLeavesByGroup(cycleId),
    ]);
    const groups = new Map([...leaves].map(([group, held]) => [group, new Set(held.keys())]));
    return { cycleExists: (cycle.rowCount ?? 0) > 0, groups };
  }

  /** Every group of the cycle with the survey-held leaves of its set (a group whose set is not defined yet has none). */
  async surveyLeavesByGroup(cycleId: string): Promise<ReadonlyMap<string, SurveyLeaves>> {
    const { rows } = await this.config.pool.query<{ group_id: string; criterion: string | null; max_points: string | null }>(
      `SELECT g.group_id, l.criterion, l.max_points
         FROM ${s}.catalogue_groups g
         LEFT JOIN ${s}.catalogue_survey_leaves l ON l.cycle_id = g.cycle_id AND l.criteria_set_id = g.criteria_set_id
        WHERE g.cycle_id = $1
        ORDER BY g.group_id, l.position`,
      [cycleId],
    );
    const groups = new Map<string, Map<string, Points>>();
    for (const row of rows) {
      const leaves = groups.get(row.group_id) ?? new Map<string, Points>();
      if (row.criterion !== null && row.max_points !== null) leaves.set(row.criterion, Points.of(row.max_points));
      groups.set(row.group_id, leaves);
    }
    return groups;
  }

  /** The units of these groups in the cycle: unit id → group id. */
  async unitsOf(cycleId: string, groups: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const { rows } = await this.config.pool.query<{ unit_id: string; group_id: string }>(
      `SELECT unit_id, group_id FROM ${s}.catalogue_units WHERE cycle_id = $1 AND group_id = ANY($2::text[]) ORDER BY unit_id`,
      [cycleId, [...groups]],
    );
    return new Map(rows.map((row) => [row.unit_id, row.group_id]));
  }
}
