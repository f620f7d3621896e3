// Original file: survey.proto

import type { Actor as _par_common_v1_Actor, Actor__Output as _par_common_v1_Actor__Output } from '../../../par/common/v1/Actor';

export interface ApplySurveyPointsRequest {
  'actor'?: (_par_common_v1_Actor | null);
  'campaignId'?: (string);
}

export interface ApplySurveyPointsRequest__Output {
  'actor': (_par_common_v1_Actor__Output | null);
  'campaignId': (string);
}
