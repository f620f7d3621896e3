// Original file: submissions.proto

import type { LeafScoreView as _par_submissions_v1_LeafScoreView, LeafScoreView__Output as _par_submissions_v1_LeafScoreView__Output } from '../../../par/submissions/v1/LeafScoreView';

export interface SelfAssessmentView {
  'cycleId'?: (string);
  'unitId'?: (string);
  'status'?: (string);
  'submissions'?: (number);
  'leaves'?: (_par_submissions_v1_LeafScoreView)[];
}

export interface SelfAssessmentView__Output {
  'cycleId': (string);
  'unitId': (string);
  'status': (string);
  'submissions': (number);
  'leaves': (_par_submissions_v1_LeafScoreView__Output)[];
}
