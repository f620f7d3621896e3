// Original file: appraisal.proto


export interface AppraisalQueueEntry {
  'unitId'?: (string);
  'phase'?: (string);
}

export interface AppraisalQueueEntry__Output {
  'unitId': (string);
  'phase': (string);
}
