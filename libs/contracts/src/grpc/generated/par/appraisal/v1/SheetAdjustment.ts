// Original file: appraisal.proto


export interface SheetAdjustment {
  'id'?: (string);
  'kind'?: (string);
  'points'?: (string);
  'reason'?: (string);
  'criterion'?: (string);
  'ref'?: (string);
  'removed'?: (boolean);
  '_criterion'?: "criterion";
  '_ref'?: "ref";
}

export interface SheetAdjustment__Output {
  'id': (string);
  'kind': (string);
  'points': (string);
  'reason': (string);
  'criterion'?: (string);
  'ref'?: (string);
  'removed': (boolean);
}
