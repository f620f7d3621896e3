// Original file: survey.proto

import type { IndexTrend as _par_survey_v1_IndexTrend, IndexTrend__Output as _par_survey_v1_IndexTrend__Output } from '../../../par/survey/v1/IndexTrend';

export interface PublishedTrend {
  'province'?: (string);
  'indices'?: (_par_survey_v1_IndexTrend)[];
}

export interface PublishedTrend__Output {
  'province': (string);
  'indices': (_par_survey_v1_IndexTrend__Output)[];
}
