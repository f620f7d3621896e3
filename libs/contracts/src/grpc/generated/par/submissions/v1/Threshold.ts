// Original file: submissions.proto


export interface Threshold {
  'classCode'?: (string);
  'label'?: (string);
  'minIndex'?: (string);
}

export interface Threshold__Output {
  'classCode': (string);
  'label': (string);
  'minIndex': (string);
}
