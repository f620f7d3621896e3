// Original file: survey.proto


export interface RejectedRow {
  'line'?: (number);
  'code'?: (string);
  'reason'?: (string);
}

export interface RejectedRow__Output {
  'line': (number);
  'code': (string);
  'reason': (string);
}
