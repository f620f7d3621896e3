// Original file: submissions.proto

import type { Actor as _par_common_v1_Actor, Actor__Output as _par_common_v1_Actor__Output } from '../../../par/common/v1/Actor';
import type { CriterionNode as _par_submissions_v1_CriterionNode, CriterionNode__Output as _par_submissions_v1_CriterionNode__Output } from '../../../par/submissions/v1/CriterionNode';

export interface DefineCriteriaSetRequest {
  'actor'?: (_par_common_v1_Actor | null);
  'cycleId'?: (string);
  'criteriaSetId'?: (string);
  'criteria'?: (_par_submissions_v1_CriterionNode)[];
}

export interface DefineCriteriaSetRequest__Output {
  'actor': (_par_common_v1_Actor__Output | null);
  'cycleId': (string);
  'criteriaSetId': (string);
  'criteria': (_par_submissions_v1_CriterionNode__Output)[];
}
