// Original file: submissions.proto


export interface CycleSummary {
  'cycleId'?: (string);
  'year'?: (number);
  'title'?: (string);
  'status'?: (string);
}

export interface CycleSummary__Output {
  'cycleId': (string);
  'year': (number);
  'title': (string);
  'status': (string);
}
