// Original file: submissions.proto


export interface ProgressQuery {
  'cycleId'?: (string);
  'unitId'?: (string);
  'expectedSurveyRatio'?: (string);
}

export interface ProgressQuery__Output {
  'cycleId': (string);
  'unitId': (string);
  'expectedSurveyRatio': (string);
}
