// Original file: survey.proto

import type { UnitSurveyResult as _par_survey_v1_UnitSurveyResult, UnitSurveyResult__Output as _par_survey_v1_UnitSurveyResult__Output } from '../../../par/survey/v1/UnitSurveyResult';
import type { SurveyFigures as _par_survey_v1_SurveyFigures, SurveyFigures__Output as _par_survey_v1_SurveyFigures__Output } from '../../../par/survey/v1/SurveyFigures';

export interface SurveyResults {
  'campaignId'?: (string);
  'units'?: (_par_survey_v1_UnitSurveyResult)[];
  'province'?: (_par_survey_v1_SurveyFigures | null);
  'basis'?: (string)[];
}

export interface SurveyResults__Output {
  'campaignId': (string);
  'units': (_par_survey_v1_UnitSurveyResult__Output)[];
  'province': (_par_survey_v1_SurveyFigures__Output | null);
  'basis': (string)[];
}
