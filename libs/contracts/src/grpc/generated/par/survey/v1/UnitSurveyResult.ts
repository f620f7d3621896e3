// Original file: survey.proto

import type { ConfidenceInterval as _par_survey_v1_ConfidenceInterval, ConfidenceInterval__Output as _par_survey_v1_ConfidenceInterval__Output } from '../../../par/survey/v1/ConfidenceInterval';
import type { AspectResult as _par_survey_v1_AspectResult, AspectResult__Output as _par_survey_v1_AspectResult__Output } from '../../../par/survey/v1/AspectResult';

export interface UnitSurveyResult {
  'unitId'?: (string);
  'respondents'?: (number);
  'answers'?: (number);
  'index'?: (string);
  'ci'?: (_par_survey_v1_ConfidenceInterval | null);
  'aspects'?: (_par_survey_v1_AspectResult)[];
  'plannedSample'?: (number);
  'coverage'?: (string);
  '_index'?: "index";
  '_plannedSample'?: "plannedSample";
  '_coverage'?: "coverage";
}

export interface UnitSurveyResult__Output {
  'unitId': (string);
  'respondents': (number);
  'answers': (number);
  'index'?: (string);
  'ci': (_par_survey_v1_ConfidenceInterval__Output | null);
  'aspects': (_par_survey_v1_AspectResult__Output)[];
  'plannedSample'?: (number);
  'coverage'?: (string);
}
