// Original file: survey.proto


export interface ConfidenceInterval {
  'low'?: (string);
  'high'?: (string);
}

export interface ConfidenceInterval__Output {
  'low': (string);
  'high': (string);
}
