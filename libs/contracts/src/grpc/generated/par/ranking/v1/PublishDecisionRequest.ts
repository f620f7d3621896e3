// Original file: ranking.proto

import type { Actor as _par_common_v1_Actor, Actor__Output as _par_common_v1_Actor__Output } from '../../../par/common/v1/Actor';

export interface PublishDecisionRequest {
  'actor'?: (_par_common_v1_Actor | null);
  'cycleId'?: (string);
  'number'?: (string);
  'date'?: (string);
  'signer'?: (string);
}

export interface PublishDecisionRequest__Output {
  'actor': (_par_common_v1_Actor__Output | null);
  'cycleId': (string);
  'number': (string);
  'date': (string);
  'signer': (string);
}
