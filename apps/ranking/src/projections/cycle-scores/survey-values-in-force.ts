import { table } from '../../infrastructure/ranking-schema';

/** The survey value in force of one leaf of a unit. */
export interface SurveyValueInForce {
  readonly unitId: string;
  readonly criterion: string;
  readonly points: string;
}

/**
 * Of the campaigns that scored a leaf, the one applied latest is in force: latest occurredAt, then the
 * greater campaign id (so any arrival order gives the same answer). Parameters: $1 the cycle, $2 a unit
 * or null for all, $3 a criterion or null for all. Written once for the results and for the audit's
 * "from" value.
 */
export const SURVEY_VALUES_IN_FORCE = `
  SELECT DISTINCT ON (unit_id, criterion) unit_id AS "unitId", criterion, points
    FROM ${table('survey_values')}
   WHERE cycle_id = $1 AND ($2::text IS NULL OR unit_id = $2) AND ($3::text IS NULL OR criterion = $3)
   ORDER BY unit_id, criterion, occurred_at DESC, campaign_id COLLATE "C" DESC`;
