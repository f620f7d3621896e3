// Original file: appraisal.proto


export interface SheetAdjustment {
  'id'?: (string);
  'kind'?: (string);
  'points'?: (string);
  'reason'?: (string);
  'criterion'?: (string);
  'ref'?: (string);
  'removed'?: (boolean);
}

export interface SheetAdjustment__Output {
  'id': (string);
  'kind': (string);
  'points': (string);
  'reason': (string);
  'criterion': (string);
  'ref': (string);
  'removed': (boolean);
}
