// Original file: survey.proto


export interface TrendPoint {
  'year'?: (number);
  'score'?: (string);
  'change'?: (string);
  '_change'?: "change";
}

export interface TrendPoint__Output {
  'year': (number);
  'score': (string);
  'change'?: (string);
}
