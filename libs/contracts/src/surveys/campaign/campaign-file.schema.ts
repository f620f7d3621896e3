import { z } from 'zod';
import { criterionCodeField } from '../../events/shared-fields';
import {
  AspectEntry,
  CAMPAIGN_KINDS,
  CampaignHeader,
  MAX_QUESTION_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  QuestionEntry,
  Questionnaire,
  SamplingPlan,
  ScoringEntry,
  SurveyScale,
} from './campaign-file';

/**
 * The structural shape of a campaign file. Its rules across fields (unique codes, a coherent scale) are
 * checked afterwards, on the file as written, so that every problem is reported at once. Each schema is
 * annotated with its contract type so the two cannot drift; unknown fields are dropped, so a reader of v1
 * accepts a later v1 that added some.
 */

const MAX_ID_LENGTH = 100;
const MAX_CODE_LENGTH = 32;

const id = z
  .string({ error: 'must be a non-empty string' })
  .min(1, { error: 'must be a non-empty string' })
  .max(MAX_ID_LENGTH, { error: `must be at most ${MAX_ID_LENGTH} characters` });

/** How a responses file names an aspect or a question: short, no spaces, e.g. "TC1". */
const code = z
  .string({ error: 'must be a string' })
  .regex(/^[0-9A-Za-z][0-9A-Za-z._-]*$/, { error: 'must be a code such as "TC1": letters, digits, ".", "_" or "-"' })
  .max(MAX_CODE_LENGTH, { error: `must be at most ${MAX_CODE_LENGTH} characters` });

const filledText = (max: number) =>
  z
    .string({ error: 'must be a string' })
    .refine((value) => value.trim() !== '', { error: 'must not be blank' })
    .refine((value) => value.length <= max, { error: `must be at most ${max.toLocaleString('en-US')} characters` });

const wholeNumber = z.number({ error: 'must be a number' });

export const campaignHeaderSchema: z.ZodType<CampaignHeader> = z.object({
  id,
  cycle: id,
  kind: z.enum(CAMPAIGN_KINDS, { error: `must be one of ${CAMPAIGN_KINDS.join(', ')}` }),
  title: filledText(MAX_TITLE_LENGTH),
});

/** Numbers only: whether they are whole and coherent is the scale rule's to say (SCALE_INVALID). */
export const surveyScaleSchema: z.ZodType<SurveyScale> = z.object({
  min: wholeNumber,
  max: wholeNumber,
  satisfied: z.array(wholeNumber, { error: 'must be a list of answers, e.g. [4, 5]' }),
});

const question: z.ZodType<QuestionEntry> = z.object({ code: code, text: filledText(MAX_QUESTION_TEXT_LENGTH) });

const aspect: z.ZodType<AspectEntry> = z.object({
  code: code,
  title: filledText(MAX_TITLE_LENGTH),
  questions: z.array(question, { error: 'must be a list of questions' }).min(1, { error: 'must list at least one question' }),
});

export const questionnaireSchema: z.ZodType<Questionnaire, unknown> = z.object({
  version: z
    .number({ error: 'must be a whole number from 1' })
    .int({ error: 'must be a whole number from 1' })
    .min(1, { error: 'must be a whole number from 1' })
    .default(1),
  scale: surveyScaleSchema,
  aspects: z.array(aspect, { error: 'must be a list of aspects' }).min(1, { error: 'must list at least one aspect' }),
});

/** A unit's population: whole people, up to a province's (a hundred million is already none). */
const population = z
  .number({ error: 'must be a whole number of people' })
  .int({ error: 'must be a whole number of people' })
  .min(0, { error: 'must not be negative' })
  .max(100_000_000, { error: 'must be at most 100,000,000' });

export const samplingPlanSchema: z.ZodType<SamplingPlan> = z.object({
  margin: z.number({ error: 'must be a decimal such as 0.05' }).gt(0, { error: 'must be above 0' }).lt(1, { error: 'must be below 1' }).optional(),
  population: z
    .array(z.object({ unit: id, population }), { error: 'must be a list of { unit, population }' })
    .max(10_000, { error: 'must list at most 10,000 units' }),
});

const scoringEntry: z.ZodType<ScoringEntry> = z.object({ criterion: criterionCodeField, group: id, aspect: code.optional() });

export const campaignFileBodySchema = z.object({
  campaign: campaignHeaderSchema,
  questionnaire: questionnaireSchema,
  scoring: z.array(scoringEntry, { error: 'must be a list of { criterion, group }' }),
  sampling: samplingPlanSchema.optional(),
});
