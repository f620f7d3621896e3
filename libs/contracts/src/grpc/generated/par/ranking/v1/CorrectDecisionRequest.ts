// Original file: ranking.proto

import type { Actor as _par_common_v1_Actor, Actor__Output as _par_common_v1_Actor__Output } from '../../../par/common/v1/Actor';

export interface CorrectDecisionRequest {
  'actor'?: (_par_common_v1_Actor | null);
  'cycleId'?: (string);
  'reason'?: (string);
  'number'?: (string);
  'date'?: (string);
  'signer'?: (string);
}

export interface CorrectDecisionRequest__Output {
  'actor': (_par_common_v1_Actor__Output | null);
  'cycleId': (string);
  'reason': (string);
  'number': (string);
  'date': (string);
  'signer': (string);
}
