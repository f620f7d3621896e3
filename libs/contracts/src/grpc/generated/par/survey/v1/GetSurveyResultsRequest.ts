// Original file: survey.proto


export interface GetSurveyResultsRequest {
  'campaignId'?: (string);
}

export interface GetSurveyResultsRequest__Output {
  'campaignId': (string);
}
