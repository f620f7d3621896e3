import { z } from 'zod';
import { criterionCodeField, countField, idField, indexField, pointsField, surveyEventSchema } from './survey-fields';
import { SurveyEventTypes } from './survey-event-types';

/**
 * A unit's survey-held leaf received its points from the index (maxPoints × index / 100, half-up to 2
 * places), from the batches named in `basis`. A later apply records new values; it never overwrites. An empty
 * `basis`: the points come from a published record (a cycle file's `surveys` section), named by the event's provenance.
 */
export const surveyPointsAppliedSchema = surveyEventSchema(SurveyEventTypes.SurveyPointsApplied, {
  cycleId: idField,
  unitId: idField,
  criterion: criterionCodeField,
  points: pointsField,
  index: indexField,
  respondents: countField,
  answers: countField,
  basis: z.array(idField),
});

export type SurveyPointsApplied = z.infer<typeof surveyPointsAppliedSchema>;
