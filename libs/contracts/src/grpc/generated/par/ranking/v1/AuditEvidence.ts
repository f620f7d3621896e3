// Original file: ranking.proto


export interface AuditEvidence {
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

export interface AuditEvidence__Output {
  'title': (string);
  'documentNo'?: (string);
  'date'?: (string);
  'section'?: (string);
  'fileRef'?: (string);
}
