import { z } from 'zod';
import { criterionCodeField, pointsField, selfAssessmentIdentity, submissionsEventSchema } from './submissions-fields';
import { SubmissionsEventTypes } from './submissions-event-types';

/** A draft score withdrawn: the leaf is unscored again (it counts 0 if submitted so). */
export const selfScoreClearedSchema = submissionsEventSchema(SubmissionsEventTypes.SelfScoreCleared, {
  ...selfAssessmentIdentity,
  criterion: criterionCodeField,
  previousPoints: pointsField,
});

export type SelfScoreCleared = z.infer<typeof selfScoreClearedSchema>;
