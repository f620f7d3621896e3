import { z } from 'zod';
import { campaignKindField, criterionCodeField, idField, surveyEventSchema } from './survey-fields';
import { SurveyEventTypes } from './survey-event-types';

const codeField = z.string().min(1);
const textField = z.string().trim().min(1);

/** The questionnaire as the log keeps it: the event carries its own shape, apart from the file's. */
export const openedQuestionnaireSchema = z.object({
  scale: z.object({ min: z.number().int(), max: z.number().int(), satisfied: z.array(z.number().int()).min(1) }),
  aspects: z.array(z.object({ code: codeField, title: textField, questions: z.array(z.object({ code: codeField, text: textField })).min(1) })).min(1),
});

/**
 * A campaign file was accepted: the survey of a cycle opens with its questionnaire (at a version; a changed
 * questionnaire is a new version) and the leaves its index scores, per group.
 */
export const campaignOpenedSchema = surveyEventSchema(SurveyEventTypes.CampaignOpened, {
  cycleId: idField,
  kind: campaignKindField,
  title: textField,
  questionnaireVersion: z.number().int().min(1),
  questionnaire: openedQuestionnaireSchema,
  /** `aspect` optional (absent in campaigns opened before it existed, and in entries scored on the unit's overall index). */
  scoring: z.array(z.object({ criterion: criterionCodeField, group: idField, aspect: codeField.optional() })),
  /** Optional (absent in campaigns opened before it existed): each unit's population and the margin, for the planned sample. */
  sampling: z.object({ margin: z.number().gt(0).lt(1), population: z.array(z.object({ unit: idField, population: z.number().int().min(0) })) }).optional(),
});

export type OpenedQuestionnaire = z.infer<typeof openedQuestionnaireSchema>;
export type CampaignOpened = z.infer<typeof campaignOpenedSchema>;
