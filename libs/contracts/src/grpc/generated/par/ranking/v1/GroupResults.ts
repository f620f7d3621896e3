// Original file: ranking.proto

import type { ResultRow as _par_ranking_v1_ResultRow, ResultRow__Output as _par_ranking_v1_ResultRow__Output } from '../../../par/ranking/v1/ResultRow';

export interface GroupResults {
  'group'?: (string);
  'results'?: (_par_ranking_v1_ResultRow)[];
}

export interface GroupResults__Output {
  'group': (string);
  'results': (_par_ranking_v1_ResultRow__Output)[];
}
