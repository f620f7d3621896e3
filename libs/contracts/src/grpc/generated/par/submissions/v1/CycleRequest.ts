// Original file: submissions.proto

import type { Actor as _par_common_v1_Actor, Actor__Output as _par_common_v1_Actor__Output } from '../../../par/common/v1/Actor';

export interface CycleRequest {
  'actor'?: (_par_common_v1_Actor | null);
  'cycleId'?: (string);
}

export interface CycleRequest__Output {
  'actor': (_par_common_v1_Actor__Output | null);
  'cycleId': (string);
}
