/** The type names of the appraisal service's events, as stored in its log and relayed to `par.appraisal.events.v1`. */
export const AppraisalEventTypes = {
  AppraisalStarted: 'AppraisalStarted',
  SelfScoresRefreshed: 'SelfScoresRefreshed',
  CriterionAccepted: 'CriterionAccepted',
  CriterionAppraised: 'CriterionAppraised',
  CriterionMarkedNotApplicable: 'CriterionMarkedNotApplicable',
  BonusRecorded: 'BonusRecorded',
  DeductionRecorded: 'DeductionRecorded',
  AdjustmentRemoved: 'AdjustmentRemoved',
  AppraisalResultSent: 'AppraisalResultSent',
  ExplanationFiled: 'ExplanationFiled',
  ExplanationResolved: 'ExplanationResolved',
  AppraisalFinalized: 'AppraisalFinalized',
  ScoreCorrected: 'ScoreCorrected',
} as const;

export type AppraisalEventType = (typeof AppraisalEventTypes)[keyof typeof AppraisalEventTypes];

/** Every appraisal event type is at schema version 1; a breaking change adds a version and an upcaster. */
export const APPRAISAL_SCHEMA_VERSION = 1 as const;
