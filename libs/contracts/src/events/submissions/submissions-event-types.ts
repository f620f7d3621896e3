/** The type names of the submissions service's events, as stored in its log and relayed to `par.submissions.events.v1`. */
export const SubmissionsEventTypes = {
  // Cycle stream `cycle:<cycleId>`
  CycleCreated: 'CycleCreated',
  GroupDefined: 'GroupDefined',
  CriteriaSetDefined: 'CriteriaSetDefined',
  UnitRegistered: 'UnitRegistered',
  UnitRenamed: 'UnitRenamed',
  ApplicabilitySet: 'ApplicabilitySet',
  DeadlinesSet: 'DeadlinesSet',
  CycleOpened: 'CycleOpened',
  CriteriaSetCorrected: 'CriteriaSetCorrected',
  CycleClosed: 'CycleClosed',
  // Self-assessment stream `self-assessment:<cycleId>:<unitId>`
  CriterionSelfScored: 'CriterionSelfScored',
  SelfScoreCleared: 'SelfScoreCleared',
  SelfAssessmentSubmitted: 'SelfAssessmentSubmitted',
  SelfAssessmentReopened: 'SelfAssessmentReopened',
} as const;

export type SubmissionsEventType = (typeof SubmissionsEventTypes)[keyof typeof SubmissionsEventTypes];

/** Every submissions event type is at schema version 1; a breaking change adds a version and an upcaster. */
export const SUBMISSIONS_SCHEMA_VERSION = 1 as const;
