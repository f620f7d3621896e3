// Original file: survey.proto

import type { RejectedRow as _par_survey_v1_RejectedRow, RejectedRow__Output as _par_survey_v1_RejectedRow__Output } from '../../../par/survey/v1/RejectedRow';

export interface RecordedResponses {
  'batchId'?: (string);
  'accepted'?: (number);
  'rejected'?: (_par_survey_v1_RejectedRow)[];
  'rejectedCount'?: (number);
  'alreadyRecorded'?: (boolean);
}

export interface RecordedResponses__Output {
  'batchId': (string);
  'accepted': (number);
  'rejected': (_par_survey_v1_RejectedRow__Output)[];
  'rejectedCount': (number);
  'alreadyRecorded': (boolean);
}
