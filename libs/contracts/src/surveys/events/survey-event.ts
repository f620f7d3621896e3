import { z } from 'zod';
import { campaignOpenedSchema } from './campaign-opened.event';
import { campaignRecordedSchema } from './campaign-recorded.event';
import { responsesBatchAcceptedSchema } from './responses-batch-accepted.event';
import { SurveyEventType } from './survey-event-types';
import { surveyPointsAppliedSchema } from './survey-points-applied.event';

/** Each survey event type with its schema; the union below and the edge parser are built from it. */
export const surveyEventSchemas = {
  CampaignOpened: campaignOpenedSchema,
  CampaignRecorded: campaignRecordedSchema,
  ResponsesBatchAccepted: responsesBatchAcceptedSchema,
  SurveyPointsApplied: surveyPointsAppliedSchema,
} as const satisfies Record<SurveyEventType, z.ZodType>;

export const surveyEventUnionSchema = z.discriminatedUnion('type', [
  campaignOpenedSchema,
  campaignRecordedSchema,
  responsesBatchAcceptedSchema,
  surveyPointsAppliedSchema,
]);

/** Any survey event, discriminated by `type`. */
export type SurveyEvent = z.infer<typeof surveyEventUnionSchema>;

/** One survey event type, e.g. `SurveyEventOf<'SurveyPointsApplied'>`. */
export type SurveyEventOf<Type extends SurveyEventType> = Extract<SurveyEvent, { type: Type }>;

export function isSurveyEventType(type: string): type is SurveyEventType {
  return Object.prototype.hasOwnProperty.call(surveyEventSchemas, type);
}
