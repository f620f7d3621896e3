// Original file: appraisal.proto


export interface SheetLeaf {
  'criterion'?: (string);
  'title'?: (string);
  'maxPoints'?: (string);
  'notApplicableBySetup'?: (boolean);
  'selfPoints'?: (string);
  'points'?: (string);
  'applicable'?: (boolean);
  'reviewed'?: (boolean);
  'explanation'?: (string);
}

export interface SheetLeaf__Output {
  'criterion': (string);
  'title': (string);
  'maxPoints': (string);
  'notApplicableBySetup': (boolean);
  'selfPoints': (string);
  'points': (string);
  'applicable': (boolean);
  'reviewed': (boolean);
  'explanation': (string);
}
