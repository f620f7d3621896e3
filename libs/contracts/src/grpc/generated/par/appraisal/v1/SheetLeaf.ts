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
  '_selfPoints'?: "selfPoints";
  '_points'?: "points";
}

export interface SheetLeaf__Output {
  'criterion': (string);
  'title': (string);
  'maxPoints': (string);
  'notApplicableBySetup': (boolean);
  'selfPoints'?: (string);
  'points'?: (string);
  'applicable': (boolean);
  'reviewed': (boolean);
  'explanation': (string);
}
