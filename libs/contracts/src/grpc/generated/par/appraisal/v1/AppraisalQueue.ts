// Original file: appraisal.proto

import type { AppraisalQueueEntry as _par_appraisal_v1_AppraisalQueueEntry, AppraisalQueueEntry__Output as _par_appraisal_v1_AppraisalQueueEntry__Output } from '../../../par/appraisal/v1/AppraisalQueueEntry';

export interface AppraisalQueue {
  'cycleId'?: (string);
  'appraisals'?: (_par_appraisal_v1_AppraisalQueueEntry)[];
}

export interface AppraisalQueue__Output {
  'cycleId': (string);
  'appraisals': (_par_appraisal_v1_AppraisalQueueEntry__Output)[];
}
