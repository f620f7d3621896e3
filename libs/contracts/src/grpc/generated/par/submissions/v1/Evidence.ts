// Original file: submissions.proto


export interface Evidence {
  'title'?: (string);
  'documentNo'?: (string);
  'date'?: (string);
  'section'?: (string);
  'fileRef'?: (string);
}

export interface Evidence__Output {
  'title': (string);
  'documentNo': (string);
  'date': (string);
  'section': (string);
  'fileRef': (string);
}
