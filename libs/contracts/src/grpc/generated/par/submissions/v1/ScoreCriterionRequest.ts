// Original file: submissions.proto

import type { Actor as _par_common_v1_Actor, Actor__Output as _par_common_v1_Actor__Output } from '../../../par/common/v1/Actor';
import type { Evidence as _par_submissions_v1_Evidence, Evidence__Output as _par_submissions_v1_Evidence__Output } from '../../../par/submissions/v1/Evidence';

export interface ScoreCriterionRequest {
  'actor'?: (_par_common_v1_Actor | null);
  'cycleId'?: (string);
  'unitId'?: (string);
  'criterion'?: (string);
  'points'?: (string);
  'evidence'?: (_par_submissions_v1_Evidence)[];
  'note'?: (string);
}

export interface ScoreCriterionRequest__Output {
  'actor': (_par_common_v1_Actor__Output | null);
  'cycleId': (string);
  'unitId': (string);
  'criterion': (string);
  'points': (string);
  'evidence': (_par_submissions_v1_Evidence__Output)[];
  'note': (string);
}
