// Original file: ranking.proto

import type { GroupResults as _par_ranking_v1_GroupResults, GroupResults__Output as _par_ranking_v1_GroupResults__Output } from '../../../par/ranking/v1/GroupResults';

export interface Results {
  'cycle'?: (string);
  'groups'?: (_par_ranking_v1_GroupResults)[];
  'revision'?: (string);
  'unchanged'?: (boolean);
}

export interface Results__Output {
  'cycle': (string);
  'groups': (_par_ranking_v1_GroupResults__Output)[];
  'revision': (string);
  'unchanged': (boolean);
}
