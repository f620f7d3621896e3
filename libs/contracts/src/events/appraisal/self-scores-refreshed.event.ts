import { z } from 'zod';
import { appraisalEventSchema, criterionCodeField, leafValueField } from './appraisal-fields';
import { AppraisalEventTypes } from './appraisal-event-types';
import { appraisalSelfScoreSchema } from './appraisal-started.event';

/**
 * The unit reopened and resubmitted its self-assessment before the result was sent. `selfScores` is the
 * complete new list. `changedCriteria` lists the leaves whose self value changed, with the appraisal's
 * value before and after: the appraiser's review of a changed claim is void, so it falls back to the
 * new self value and must be reviewed again.
 */
export const selfScoresRefreshedSchema = appraisalEventSchema(AppraisalEventTypes.SelfScoresRefreshed, {
  selfScores: z.array(appraisalSelfScoreSchema),
  changedCriteria: z.array(z.object({ criterion: criterionCodeField, previousPoints: leafValueField, points: leafValueField })),
});

export type SelfScoresRefreshed = z.infer<typeof selfScoresRefreshedSchema>;
