import { z } from 'zod';
import { criterionCodeField, pointsField } from './submissions-fields';

/** A measured ratio threshold ("0.95"), kept as the exact decimal text it was written with. */
const ratioField = z.string().regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'a ratio is a decimal in [0, 1]');

export type ScoringMethodData =
  | { kind: 'manual'; step: string }
  | { kind: 'bands'; bands: { minRatio: string; points: string }[] }
  | { kind: 'allOrNothing' }
  | { kind: 'deduction'; perOccurrence: string; cap?: string };

export const scoringMethodDataSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manual'), step: pointsField }),
  z.object({ kind: z.literal('bands'), bands: z.array(z.object({ minRatio: ratioField, points: pointsField })).min(1) }),
  z.object({ kind: z.literal('allOrNothing') }),
  z.object({ kind: z.literal('deduction'), perOccurrence: pointsField, cap: pointsField.optional() }),
]);

/** A scored leaf as the log keeps it: the domain's CriterionLeaf with points written as 2-place strings. */
export const criterionLeafDataSchema = z.object({
  code: criterionCodeField,
  title: z.string().trim().min(1),
  maxPoints: pointsField,
  method: scoringMethodDataSchema,
  source: z.enum(['self', 'survey', 'system']),
});

export type CriterionLeafData = z.infer<typeof criterionLeafDataSchema>;

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
