// Original file: survey.proto

import type { PublishedYear as _par_survey_v1_PublishedYear, PublishedYear__Output as _par_survey_v1_PublishedYear__Output } from '../../../par/survey/v1/PublishedYear';
import type { DimensionTrend as _par_survey_v1_DimensionTrend, DimensionTrend__Output as _par_survey_v1_DimensionTrend__Output } from '../../../par/survey/v1/DimensionTrend';

export interface IndexTrend {
  'kind'?: (string);
  'years'?: (_par_survey_v1_PublishedYear)[];
  'dimensions'?: (_par_survey_v1_DimensionTrend)[];
}

export interface IndexTrend__Output {
  'kind': (string);
  'years': (_par_survey_v1_PublishedYear__Output)[];
  'dimensions': (_par_survey_v1_DimensionTrend__Output)[];
}
