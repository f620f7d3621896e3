// Original file: submissions.proto

import type { CriterionNode as _par_submissions_v1_CriterionNode, CriterionNode__Output as _par_submissions_v1_CriterionNode__Output } from '../../../par/submissions/v1/CriterionNode';

export interface CriteriaSetView {
  'criteriaSetId'?: (string);
  'version'?: (number);
  'maxTotal'?: (string);
  'leafCount'?: (number);
  'criteria'?: (_par_submissions_v1_CriterionNode)[];
}

export interface CriteriaSetView__Output {
  'criteriaSetId': (string);
  'version': (number);
  'maxTotal': (string);
  'leafCount': (number);
  'criteria': (_par_submissions_v1_CriterionNode__Output)[];
}
