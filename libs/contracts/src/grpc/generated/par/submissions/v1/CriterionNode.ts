// Original file: submissions.proto

import type { ScoringMethod as _par_submissions_v1_ScoringMethod, ScoringMethod__Output as _par_submissions_v1_ScoringMethod__Output } from '../../../par/submissions/v1/ScoringMethod';
import type { CriterionNode as _par_submissions_v1_CriterionNode, CriterionNode__Output as _par_submissions_v1_CriterionNode__Output } from '../../../par/submissions/v1/CriterionNode';

export interface CriterionNode {
  'code'?: (string);
  'title'?: (string);
  'maxPoints'?: (string);
  'method'?: (_par_submissions_v1_ScoringMethod | null);
  'source'?: (string);
  'children'?: (_par_submissions_v1_CriterionNode)[];
  '_maxPoints'?: "maxPoints";
  '_source'?: "source";
}

export interface CriterionNode__Output {
  'code': (string);
  'title': (string);
  'maxPoints'?: (string);
  'method': (_par_submissions_v1_ScoringMethod__Output | null);
  'source'?: (string);
  'children': (_par_submissions_v1_CriterionNode__Output)[];
}
