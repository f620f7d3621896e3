import { z } from 'zod';
import { appraisalEventSchema, criterionCodeField, leafValueField, reasonField } from './appraisal-fields';
import { AppraisalEventTypes } from './appraisal-event-types';
import { councilVotesSchema } from './council-votes.schema';

/**
 * The council resolved an explanation by a majority of more than half of its members. `upheld` keeps
 * the appraised value (points = previousPoints); `changed` sets new points.
 */
export const explanationResolvedSchema = appraisalEventSchema(AppraisalEventTypes.ExplanationResolved, {
  criterion: criterionCodeField,
  decision: z.enum(['upheld', 'changed']),
  previousPoints: leafValueField,
  points: leafValueField,
  reason: reasonField,
  votes: councilVotesSchema,
});

export type ExplanationResolved = z.infer<typeof explanationResolvedSchema>;
