import type { AppraisalEventType, SubmissionsEventType, SurveyEventType } from '@par/contracts';

/**
 * The event types some projection of ranking reads, per source log: every projector passes over the others
 * without a statement (projected-types.spec.ts holds them to it), so the consumers need not even parse them.
 */
export const SUBMISSIONS_PROJECTED: ReadonlySet<string> = new Set<SubmissionsEventType>([
  'CycleCreated',
  'GroupDefined',
  'CriteriaSetDefined',
  'CriteriaSetCorrected',
  'UnitRegistered',
  'UnitRenamed',
  'ApplicabilitySet',
  'SelfAssessmentSubmitted',
]);

export const APPRAISAL_PROJECTED: ReadonlySet<string> = new Set<AppraisalEventType>([
  'CriterionAccepted',
  'CriterionAppraised',
  'CriterionMarkedNotApplicable',
  'ExplanationFiled',
  'ExplanationResolved',
  'ScoreCorrected',
  'SelfScoresRefreshed',
  'BonusRecorded',
  'DeductionRecorded',
  'AdjustmentRemoved',
  'AppraisalFinalized',
]);

export const SURVEY_PROJECTED: ReadonlySet<string> = new Set<SurveyEventType>(['SurveyPointsApplied']);
