import { z } from 'zod';
import { criterionCodeField, pointsField } from './appraisal-fields';

/** A measured ratio threshold ("0.95"), kept as the exact decimal text it was written with. */
const ratioField = z.string().regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'a ratio is a decimal in [0, 1]');

/** The scoring method of a leaf, as the appraisal needs it to validate appraised values later. */
export const scoringMethodSummarySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manual'), step: pointsField }),
  z.object({ kind: z.literal('bands'), bands: z.array(z.object({ minRatio: ratioField, points: pointsField })).min(1) }),
  z.object({ kind: z.literal('allOrNothing') }),
  z.object({ kind: z.literal('deduction'), perOccurrence: pointsField, cap: pointsField.optional() }),
]);

/**
 * What AppraisalStarted keeps of each leaf of the unit's criteria set: enough to validate every later
 * value without asking the submissions service (the set is frozen once the cycle opens).
 */
export const criterionLeafSummarySchema = z.object({
  code: criterionCodeField,
  title: z.string().trim().min(1),
  maxPoints: pointsField,
  method: scoringMethodSummarySchema,
  source: z.enum(['self', 'survey', 'system']),
});

export type ScoringMethodSummary = z.infer<typeof scoringMethodSummarySchema>;
export type CriterionLeafSummary = z.infer<typeof criterionLeafSummarySchema>;
