// Original file: submissions.proto

import type { Evidence as _par_submissions_v1_Evidence, Evidence__Output as _par_submissions_v1_Evidence__Output } from '../../../par/submissions/v1/Evidence';

export interface LeafScoreView {
  'criterion'?: (string);
  'title'?: (string);
  'maxPoints'?: (string);
  'source'?: (string);
  'applicable'?: (boolean);
  'points'?: (string);
  'evidence'?: (_par_submissions_v1_Evidence)[];
  'note'?: (string);
  '_points'?: "points";
  '_note'?: "note";
}

export interface LeafScoreView__Output {
  'criterion': (string);
  'title': (string);
  'maxPoints': (string);
  'source': (string);
  'applicable': (boolean);
  'points'?: (string);
  'evidence': (_par_submissions_v1_Evidence__Output)[];
  'note'?: (string);
}
