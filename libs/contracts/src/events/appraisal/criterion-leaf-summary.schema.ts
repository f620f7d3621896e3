import { criterionLeafDataSchema, scoringMethodDataSchema, type CriterionLeafData, type ScoringMethodData } from '../criterion-leaf-data.schema';

/**
 * What AppraisalStarted keeps of each leaf of the unit's criteria set: enough to validate every later
 * value without asking the submissions service (the set is frozen once the cycle opens). The same
 * shape as the submissions log's leaves.
 */
export const scoringMethodSummarySchema = scoringMethodDataSchema;
export const criterionLeafSummarySchema = criterionLeafDataSchema;
export type ScoringMethodSummary = ScoringMethodData;
export type CriterionLeafSummary = CriterionLeafData;
