// Original file: appraisal.proto

import type { Actor as _par_common_v1_Actor, Actor__Output as _par_common_v1_Actor__Output } from '../../../par/common/v1/Actor';

export interface RemoveAdjustmentRequest {
  'actor'?: (_par_common_v1_Actor | null);
  'cycleId'?: (string);
  'unitId'?: (string);
  'adjustmentId'?: (string);
  'reason'?: (string);
}

export interface RemoveAdjustmentRequest__Output {
  'actor': (_par_common_v1_Actor__Output | null);
  'cycleId': (string);
  'unitId': (string);
  'adjustmentId': (string);
  'reason': (string);
}
