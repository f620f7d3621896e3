// Original file: survey.proto

import type { TrendPoint as _par_survey_v1_TrendPoint, TrendPoint__Output as _par_survey_v1_TrendPoint__Output } from '../../../par/survey/v1/TrendPoint';

export interface DimensionTrend {
  'code'?: (string);
  'title'?: (string);
  'max'?: (string);
  'scores'?: (_par_survey_v1_TrendPoint)[];
}

export interface DimensionTrend__Output {
  'code': (string);
  'title': (string);
  'max': (string);
  'scores': (_par_survey_v1_TrendPoint__Output)[];
}
