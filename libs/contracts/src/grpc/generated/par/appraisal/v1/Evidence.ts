// Original file: appraisal.proto


export interface Evidence {
  'title'?: (string);
  'documentNo'?: (string);
  'date'?: (string);
  'section'?: (string);
  'fileId'?: (string);
}

export interface Evidence__Output {
  'title': (string);
  'documentNo': (string);
  'date': (string);
  'section': (string);
  'fileId': (string);
}
