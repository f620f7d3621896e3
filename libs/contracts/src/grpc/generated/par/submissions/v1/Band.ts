// Original file: submissions.proto


export interface Band {
  'minRatio'?: (string);
  'points'?: (string);
}

export interface Band__Output {
  'minRatio': (string);
  'points': (string);
}
