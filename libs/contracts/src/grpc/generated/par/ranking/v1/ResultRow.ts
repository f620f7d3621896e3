// Original file: ranking.proto

import type { FieldIndex as _par_ranking_v1_FieldIndex, FieldIndex__Output as _par_ranking_v1_FieldIndex__Output } from '../../../par/ranking/v1/FieldIndex';

export interface ResultRow {
  'rank'?: (number);
  'unit'?: (string);
  'name'?: (string);
  'selfTotal'?: (string);
  'appraisedTotal'?: (string);
  'applicableMax'?: (string);
  'index'?: (string);
  'classCode'?: (string);
  'fields'?: (_par_ranking_v1_FieldIndex)[];
  '_index'?: "index";
  '_classCode'?: "classCode";
}

export interface ResultRow__Output {
  'rank': (number);
  'unit': (string);
  'name': (string);
  'selfTotal': (string);
  'appraisedTotal': (string);
  'applicableMax': (string);
  'index'?: (string);
  'classCode'?: (string);
  'fields': (_par_ranking_v1_FieldIndex__Output)[];
}
