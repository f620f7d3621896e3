import { z } from 'zod';
import { criterionLeafDataSchema, type CriterionLeafData } from '../criterion-leaf-data.schema';
import { criterionCodeField } from './submissions-fields';

export { criterionLeafDataSchema, scoringMethodDataSchema } from '../criterion-leaf-data.schema';
export type { CriterionLeafData, ScoringMethodData } from '../criterion-leaf-data.schema';

export interface CriterionBranchData {
  code: string;
  title: string;
  children: CriterionNodeData[];
}

export type CriterionNodeData = CriterionBranchData | CriterionLeafData;

/**
 * A node of a criteria set as recorded: same field names as the interchange file's criteria, so the
 * domain's parseCriteriaTree reads it back. A node with children is a branch, anything else a leaf.
 */
export const criterionNodeDataSchema: z.ZodType<CriterionNodeData> = z.lazy(() =>
  z.union([
    z.object({ code: criterionCodeField, title: z.string().trim().min(1), children: z.array(criterionNodeDataSchema).min(1) }),
    criterionLeafDataSchema,
  ]),
);
