import { z } from 'zod';
import { appraisalEventSchema, criterionCodeField, leafValueField, reasonField } from './appraisal-fields';
import { AppraisalEventTypes } from './appraisal-event-types';

/** The province admin corrected a finalized value: the only way a score moves after finalization. */
export const scoreCorrectedSchema = appraisalEventSchema(AppraisalEventTypes.ScoreCorrected, {
  criterion: criterionCodeField,
  previousPoints: leafValueField,
  points: leafValueField,
  reason: reasonField,
});

export type ScoreCorrected = z.infer<typeof scoreCorrectedSchema>;
