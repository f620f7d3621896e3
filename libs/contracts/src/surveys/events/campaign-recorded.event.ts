import { z } from 'zod';
import { campaignKindField, criterionCodeField, idField, surveyEventSchema } from './survey-fields';
import { SurveyEventTypes } from './survey-event-types';

/**
 * A campaign known only by its published results (a cycle file's `surveys` section, as a past cycle or an
 * export carries them): no questionnaire and no responses, only the leaves it scored, per group. Its points
 * follow as SurveyPointsApplied events with an empty `basis`; the event's provenance names the file.
 */
export const campaignRecordedSchema = surveyEventSchema(SurveyEventTypes.CampaignRecorded, {
  cycleId: idField,
  kind: campaignKindField,
  title: z.string().trim().min(1),
  scoring: z.array(z.object({ criterion: criterionCodeField, group: idField })),
});

export type CampaignRecorded = z.infer<typeof campaignRecordedSchema>;
