import { z } from 'zod';
import { checksumField, countField, idField, surveyEventSchema } from './survey-fields';
import { SurveyEventTypes } from './survey-event-types';

/** One unit's share of a batch: its respondents, the answers given (not the empty ones), the satisfied among them. */
export const batchUnitCountsSchema = z
  .object({ unitId: idField, respondents: countField, answers: countField, satisfied: countField })
  .refine((unit) => unit.satisfied <= unit.answers, { path: ['satisfied'], message: 'cannot exceed answers' });

/**
 * A responses file was imported as one batch: the file's checksum (the same file again is a no-op), its
 * rows kept and rejected, and per unit the counts the indices are computed from.
 */
export const responsesBatchAcceptedSchema = surveyEventSchema(SurveyEventTypes.ResponsesBatchAccepted, {
  batchId: idField,
  checksum: checksumField,
  rows: countField,
  answers: countField,
  respondents: countField,
  rejected: countField,
  units: z.array(batchUnitCountsSchema),
});

export type BatchUnitCounts = z.infer<typeof batchUnitCountsSchema>;
export type ResponsesBatchAccepted = z.infer<typeof responsesBatchAcceptedSchema>;
