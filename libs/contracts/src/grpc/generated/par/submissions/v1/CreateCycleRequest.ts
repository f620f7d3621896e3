// Original file: submissions.proto

import type { Actor as _par_common_v1_Actor, Actor__Output as _par_common_v1_Actor__Output } from '../../../par/common/v1/Actor';
import type { Threshold as _par_submissions_v1_Threshold, Threshold__Output as _par_submissions_v1_Threshold__Output } from '../../../par/submissions/v1/Threshold';

export interface CreateCycleRequest {
  'actor'?: (_par_common_v1_Actor | null);
  'cycleId'?: (string);
  'year'?: (number);
  'title'?: (string);
  'evaluator'?: (string);
  'thresholds'?: (_par_submissions_v1_Threshold)[];
}

export interface CreateCycleRequest__Output {
  'actor': (_par_common_v1_Actor__Output | null);
  'cycleId': (string);
  'year': (number);
  'title': (string);
  'evaluator': (string);
  'thresholds': (_par_submissions_v1_Threshold__Output)[];
}
