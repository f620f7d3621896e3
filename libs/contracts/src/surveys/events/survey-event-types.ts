/** The type names of the survey service's events, as stored in its log. */
export const SurveyEventTypes = {
  CampaignOpened: 'CampaignOpened',
  CampaignRecorded: 'CampaignRecorded',
  ResponsesBatchAccepted: 'ResponsesBatchAccepted',
  SurveyPointsApplied: 'SurveyPointsApplied',
} as const;

export type SurveyEventType = (typeof SurveyEventTypes)[keyof typeof SurveyEventTypes];

/** Every survey event type is at schema version 1; a breaking change adds a version and an upcaster. */
export const SURVEY_SCHEMA_VERSION = 1 as const;
