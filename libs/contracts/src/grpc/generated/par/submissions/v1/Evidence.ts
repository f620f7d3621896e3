// Original file: submissions.proto


export interface Evidence {
  'title'?: (string);
  'documentNo'?: (string);
  'date'?: (string);
  'section'?: (string);
  'fileRef'?: (string);
  '_documentNo'?: "documentNo";
  '_date'?: "date";
  '_section'?: "section";
  '_fileRef'?: "fileRef";
}

export interface Evidence__Output {
  'title': (string);
  'documentNo'?: (string);
  'date'?: (string);
  'section'?: (string);
  'fileRef'?: (string);
}
