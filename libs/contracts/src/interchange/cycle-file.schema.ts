import { z } from 'zod';
import { CAMPAIGN_KINDS } from '../surveys/campaign/campaign-file';
import type {
  AdjustmentEntry,
  AppraisalEntry,
  AppraisalScoreEntry,
  CouncilVoteEntry,
  CriteriaSetEntry,
  CriterionEntry,
  CycleHeader,
  DecisionEntry,
  EvidenceEntry,
  ExplanationEntry,
  GroupEntry,
  SelfAssessmentEntry,
  SelfScoreEntry,
  SurveyResultEntry,
  SurveyResultsEntry,
  ThresholdEntry,
  UnitEntry,
} from './cycle-file';

/**
 * The structural shape of a cycle file: types, required fields, enumerations. Values (decimals, steps,
 * maxima, thresholds, references) are judged afterwards by libs/domain and the file's rules, which
 * know the criterion and the unit a value belongs to. Each schema is annotated with its contract type so
 * the two cannot drift. Unknown fields are dropped, so a reader of v1 accepts a later v1 that added some.
 */

const text = z.string({ error: 'must be a string' });
/** A name or title a person reads: not blank. */
const filled = z.string({ error: 'must be a string' }).refine((value) => value.trim() !== '', { error: 'must not be blank' });
const id = z.string({ error: 'must be a non-empty string' }).min(1, { error: 'must be a non-empty string' });
/** Points as JSON numbers or decimal strings; their decimals are the domain's to judge. */
const points = z.union([z.number(), z.string()], { error: 'must be a number or a decimal string such as "87.64"' });

/** v1.1 times: a calendar date, or a date-time with its offset (a time without a zone is ambiguous). */
const fileTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'must be a date written YYYY-MM-DD or a date-time with its offset, such as 2022-11-15T09:30:00+07:00',
});

const threshold: z.ZodType<ThresholdEntry> = z.object({
  class: text,
  label: text,
  minIndex: z.union([z.number(), z.string()], { error: 'must be a number or a decimal string' }),
});

const method = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('manual'), step: points }),
    z.object({ kind: z.literal('bands'), bands: z.array(z.object({ minRatio: z.union([z.number(), z.string()], { error: 'must be a number' }), points })) }),
    z.object({ kind: z.literal('allOrNothing') }),
    z.object({ kind: z.literal('deduction'), perOccurrence: points, cap: points.optional() }),
  ],
  { error: 'must be one of manual, bands, allOrNothing, deduction' },
);

const criterion: z.ZodType<CriterionEntry> = z.object({
  code: text,
  title: text,
  maxPoints: points.nullish(),
  method: method.nullish(),
  source: z.enum(['self', 'survey', 'system'], { error: 'must be one of self, survey, system' }).nullish(),
  get children() {
    return z.array(criterion).nullish();
  },
});

export const cycleHeaderSchema: z.ZodType<CycleHeader> = z.object({
  id,
  year: z.number({ error: 'must be a year such as 2025' }).int({ error: 'must be a year such as 2025' }),
  title: filled,
  evaluator: id,
  thresholds: z.array(threshold),
});

export const criteriaSetSchema: z.ZodType<CriteriaSetEntry> = z.object({ id, criteria: z.array(criterion) });

export const groupSchema: z.ZodType<GroupEntry> = z.object({
  id,
  name: filled,
  criteriaSet: id,
  thresholds: z.array(threshold).nullish(),
});

export const unitSchema: z.ZodType<UnitEntry> = z.object({ id, name: filled, group: id, parent: id.nullish() });

const evidence: z.ZodType<EvidenceEntry> = z.object({
  title: filled,
  documentNo: text.optional(),
  date: z.iso.date({ error: 'must be a calendar date written YYYY-MM-DD' }).optional(),
  section: text.optional(),
});

const selfScore: z.ZodType<SelfScoreEntry> = z.object({
  criterion: id,
  points,
  note: text.optional(),
  evidence: z.array(evidence).optional(),
});

export const selfAssessmentSchema: z.ZodType<SelfAssessmentEntry> = z.object({
  unit: id,
  submittedBy: text.optional(),
  submittedAt: fileTime.optional(),
  scores: z.array(selfScore),
});

const appraisalScore: z.ZodType<AppraisalScoreEntry> = z.object({
  criterion: id,
  points: points.optional(),
  applicable: z.boolean({ error: 'must be true or false' }).optional(),
  reason: text.optional(),
});

const adjustment: z.ZodType<AdjustmentEntry> = z.object({ points, reason: text.optional() });

const count = z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).min(0, { error: 'must not be negative' });
const votes: z.ZodType<CouncilVoteEntry> = z.object({ for: count, against: count, abstain: count, members: count });

const explanation: z.ZodType<ExplanationEntry> = z.object({
  criterion: id,
  text: text.optional(),
  evidence: z.array(evidence).optional(),
  decision: z.enum(['upheld', 'changed'], { error: 'must be "upheld" or "changed"' }),
  points: points.optional(),
  reason: text.optional(),
  at: fileTime.optional(),
  votes: votes.optional(),
});

export const appraisalSchema: z.ZodType<AppraisalEntry> = z.object({
  unit: id,
  appraiser: text.optional(),
  scores: z.array(appraisalScore),
  bonus: z.array(adjustment).optional(),
  deductions: z.array(adjustment).optional(),
  explanations: z.array(explanation).optional(),
  final: z.boolean({ error: 'must be true or false' }).optional(),
  appraisedAt: fileTime.optional(),
  finalizedAt: fileTime.optional(),
  councilChair: text.optional(),
});

export const decisionSchema: z.ZodType<DecisionEntry> = z.object({
  number: filled,
  date: z.iso.date({ error: 'must be a calendar date written YYYY-MM-DD' }),
  signedBy: text.optional(),
});

const surveyResult: z.ZodType<SurveyResultEntry> = z.object({
  unit: id,
  criterion: id,
  respondents: count,
  answers: count,
  // Its decimals and range are the survey index rule's to judge.
  index: z.union([z.number(), z.string()], { error: 'must be a number or a decimal string such as "87.50"' }),
  points,
  appliedAt: fileTime.optional(),
});

export const surveyResultsSchema: z.ZodType<SurveyResultsEntry> = z.object({
  campaign: id,
  kind: z.enum(CAMPAIGN_KINDS, { error: `must be one of ${CAMPAIGN_KINDS.join(', ')}` }),
  title: filled,
  results: z.array(surveyResult),
});
