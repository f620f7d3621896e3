// Original file: appraisal.proto


export interface ListAppraisalsRequest {
  'cycleId'?: (string);
}

export interface ListAppraisalsRequest__Output {
  'cycleId': (string);
}
