import { z } from 'zod';
import { adjustmentRemovedSchema } from './adjustment-removed.event';
import { AppraisalEventType } from './appraisal-event-types';
import { appraisalFinalizedSchema } from './appraisal-finalized.event';
import { appraisalResultSentSchema } from './appraisal-result-sent.event';
import { appraisalStartedSchema } from './appraisal-started.event';
import { bonusRecordedSchema } from './bonus-recorded.event';
import { criterionAcceptedSchema } from './criterion-accepted.event';
import { criterionAppraisedSchema } from './criterion-appraised.event';
import { criterionMarkedNotApplicableSchema } from './criterion-marked-not-applicable.event';
import { deductionRecordedSchema } from './deduction-recorded.event';
import { explanationFiledSchema } from './explanation-filed.event';
import { explanationResolvedSchema } from './explanation-resolved.event';
import { scoreCorrectedSchema } from './score-corrected.event';
import { selfScoresRefreshedSchema } from './self-scores-refreshed.event';

/** Each appraisal event type with its schema; the union below and the edge parser are built from it. */
export const appraisalEventSchemas = {
  AppraisalStarted: appraisalStartedSchema,
  SelfScoresRefreshed: selfScoresRefreshedSchema,
  CriterionAccepted: criterionAcceptedSchema,
  CriterionAppraised: criterionAppraisedSchema,
  CriterionMarkedNotApplicable: criterionMarkedNotApplicableSchema,
  BonusRecorded: bonusRecordedSchema,
  DeductionRecorded: deductionRecordedSchema,
  AdjustmentRemoved: adjustmentRemovedSchema,
  AppraisalResultSent: appraisalResultSentSchema,
  ExplanationFiled: explanationFiledSchema,
  ExplanationResolved: explanationResolvedSchema,
  AppraisalFinalized: appraisalFinalizedSchema,
  ScoreCorrected: scoreCorrectedSchema,
} as const satisfies Record<AppraisalEventType, z.ZodType>;

export const appraisalEventUnionSchema = z.discriminatedUnion('type', [
  appraisalStartedSchema,
  selfScoresRefreshedSchema,
  criterionAcceptedSchema,
  criterionAppraisedSchema,
  criterionMarkedNotApplicableSchema,
  bonusRecordedSchema,
  deductionRecordedSchema,
  adjustmentRemovedSchema,
  appraisalResultSentSchema,
  explanationFiledSchema,
  explanationResolvedSchema,
  appraisalFinalizedSchema,
  scoreCorrectedSchema,
]);

/** Any event of an Appraisal stream (`appraisal:<cycleId>:<unitId>`), discriminated by `type`. */
export type AppraisalEvent = z.infer<typeof appraisalEventUnionSchema>;

/** One appraisal event type, e.g. `AppraisalEventOf<'CriterionAppraised'>`. */
export type AppraisalEventOf<Type extends AppraisalEventType> = Extract<AppraisalEvent, { type: Type }>;

export function isAppraisalEventType(type: string): type is AppraisalEventType {
  return Object.prototype.hasOwnProperty.call(appraisalEventSchemas, type);
}
