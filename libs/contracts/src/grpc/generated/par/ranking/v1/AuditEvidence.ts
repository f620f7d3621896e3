// Original file: ranking.proto


export interface AuditEvidence {
  'title'?: (string);
  'documentNo'?: (string);
  'date'?: (string);
  'section'?: (string);
  'fileRef'?: (string);
}

export interface AuditEvidence__Output {
  'title': (string);
  'documentNo': (string);
  'date': (string);
  'section': (string);
  'fileRef': (string);
}
