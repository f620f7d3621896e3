import { z } from 'zod';
import { criterionCodeField, pointsField } from './shared-fields';

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

/**
 * A scored leaf as every log keeps it (a criteria set in submissions, AppraisalStarted in appraisal):
 * the domain's CriterionLeaf with decimals written as exact text, so nothing is lost in JSON.
 */
export const criterionLeafDataSchema = z.object({
  code: criterionCodeField,
  title: z.string().trim().min(1),
  maxPoints: pointsField,
  method: scoringMethodDataSchema,
  source: z.enum(['self', 'survey', 'system']),
});

export type CriterionLeafData = z.infer<typeof criterionLeafDataSchema>;
