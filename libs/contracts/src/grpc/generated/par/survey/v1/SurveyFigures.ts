// Original file: survey.proto

import type { ConfidenceInterval as _par_survey_v1_ConfidenceInterval, ConfidenceInterval__Output as _par_survey_v1_ConfidenceInterval__Output } from '../../../par/survey/v1/ConfidenceInterval';
import type { AspectResult as _par_survey_v1_AspectResult, AspectResult__Output as _par_survey_v1_AspectResult__Output } from '../../../par/survey/v1/AspectResult';

export interface SurveyFigures {
  'respondents'?: (number);
  'answers'?: (number);
  'index'?: (string);
  'ci'?: (_par_survey_v1_ConfidenceInterval | null);
  'aspects'?: (_par_survey_v1_AspectResult)[];
  '_index'?: "index";
}

export interface SurveyFigures__Output {
  'respondents': (number);
  'answers': (number);
  'index'?: (string);
  'ci': (_par_survey_v1_ConfidenceInterval__Output | null);
  'aspects': (_par_survey_v1_AspectResult__Output)[];
}
