// Original file: submissions.proto

import type { CycleSummary as _par_submissions_v1_CycleSummary, CycleSummary__Output as _par_submissions_v1_CycleSummary__Output } from '../../../par/submissions/v1/CycleSummary';

export interface CycleList {
  'cycles'?: (_par_submissions_v1_CycleSummary)[];
}

export interface CycleList__Output {
  'cycles': (_par_submissions_v1_CycleSummary__Output)[];
}
