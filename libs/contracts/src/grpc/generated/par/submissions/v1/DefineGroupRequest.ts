// Original file: submissions.proto

import type { Actor as _par_common_v1_Actor, Actor__Output as _par_common_v1_Actor__Output } from '../../../par/common/v1/Actor';
import type { Threshold as _par_submissions_v1_Threshold, Threshold__Output as _par_submissions_v1_Threshold__Output } from '../../../par/submissions/v1/Threshold';

export interface DefineGroupRequest {
  'actor'?: (_par_common_v1_Actor | null);
  'cycleId'?: (string);
  'groupId'?: (string);
  'name'?: (string);
  'criteriaSetId'?: (string);
  'thresholds'?: (_par_submissions_v1_Threshold)[];
}

export interface DefineGroupRequest__Output {
  'actor': (_par_common_v1_Actor__Output | null);
  'cycleId': (string);
  'groupId': (string);
  'name': (string);
  'criteriaSetId': (string);
  'thresholds': (_par_submissions_v1_Threshold__Output)[];
}
