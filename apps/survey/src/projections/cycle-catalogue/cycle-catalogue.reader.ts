import { Inject, Injectable } from '@nestjs/common';
import type { ScoringMethodData } from '@par/contracts';
import { Points } from '@par/domain';
import type { CatalogueFacts } from '../../domain';
import { SURVEY_SCHEMA, type SurveyOptions } from '../../survey.config';
import { SURVEY_CONFIG } from '../../infrastructure/tokens';

const s = SURVEY_SCHEMA;

/** A survey-held leaf as the catalogue knows it: its max points and its scoring method (null: projected before methods were kept). */
export interface SurveyLeaf {
  readonly maxPoints: Points;
  readonly method: ScoringMethodData | null;
}

/** A group's survey-held leaves of its current criteria set, by code. */
export type SurveyLeaves = ReadonlyMap<string, SurveyLeaf>;

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
    const groups = new Map([...leaves].map(([group, held]) => [group, new Map([...held].map(([code, leaf]) => [code, leaf.method]))]));
    return { cycleExists: (cycle.rowCount ?? 0) > 0, groups };
  }

  /** Every group of the cycle with the survey-held leaves of its set (a group whose set is not defined yet has none). */
  async surveyLeavesByGroup(cycleId: string): Promise<ReadonlyMap<string, SurveyLeaves>> {
    const { rows } = await this.config.pool.query<{ group_id: string; criterion: string | null; max_points: string | null; method: ScoringMethodData | null }>(
      `SELECT g.group_id, l.criterion, l.max_points, l.method
         FROM ${s}.catalogue_groups g
         LEFT JOIN ${s}.catalogue_survey_leaves l ON l.cycle_id = g.cycle_id AND l.criteria_set_id = g.criteria_set_id
        WHERE g.cycle_id = $1
        ORDER BY g.group_id, l.position`,
      [cycleId],
    );
    const groups = new Map<string, Map<string, SurveyLeaf>>();
    for (const row of rows) {
      const leaves = groups.get(row.group_id) ?? new Map<string, SurveyLeaf>();
      if (row.criterion !== null && row.max_points !== null) leaves.set(row.criterion, { maxPoints: Points.of(row.max_points), method: row.method });
      groups.set(row.group_id, leaves);
    }
    return groups;
  }

  /** Every unit of the cycle, whatever its group: the units a respondent may work in. */
  async unitIdsOf(cycleId: string): Promise<ReadonlySet<string>> {
    const { rows } = await this.config.pool.query<{ unit_id: string }>(`SELECT unit_id FROM ${s}.catalogue_units WHERE cycle_id = $1`, [cycleId]);
    return new Set(rows.map((row) => row.unit_id));
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
