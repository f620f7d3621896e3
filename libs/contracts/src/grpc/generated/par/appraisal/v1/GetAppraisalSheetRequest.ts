// Original file: appraisal.proto


export interface GetAppraisalSheetRequest {
  'cycleId'?: (string);
  'unitId'?: (string);
}

export interface GetAppraisalSheetRequest__Output {
  'cycleId': (string);
  'unitId': (string);
}
