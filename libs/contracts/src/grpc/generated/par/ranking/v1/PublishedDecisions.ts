// Original file: ranking.proto

import type { DecisionRevision as _par_ranking_v1_DecisionRevision, DecisionRevision__Output as _par_ranking_v1_DecisionRevision__Output } from '../../../par/ranking/v1/DecisionRevision';

export interface PublishedDecisions {
  'revisions'?: (_par_ranking_v1_DecisionRevision)[];
}

export interface PublishedDecisions__Output {
  'revisions': (_par_ranking_v1_DecisionRevision__Output)[];
}
