// Original file: appraisal.proto

import type { Actor as _par_common_v1_Actor, Actor__Output as _par_common_v1_Actor__Output } from '../../../par/common/v1/Actor';
import type { Evidence as _par_appraisal_v1_Evidence, Evidence__Output as _par_appraisal_v1_Evidence__Output } from '../../../par/appraisal/v1/Evidence';

export interface FileExplanationRequest {
  'actor'?: (_par_common_v1_Actor | null);
  'cycleId'?: (string);
  'unitId'?: (string);
  'criterion'?: (string);
  'text'?: (string);
  'evidence'?: (_par_appraisal_v1_Evidence)[];
}

export interface FileExplanationRequest__Output {
  'actor': (_par_common_v1_Actor__Output | null);
  'cycleId': (string);
  'unitId': (string);
  'criterion': (string);
  'text': (string);
  'evidence': (_par_appraisal_v1_Evidence__Output)[];
}
