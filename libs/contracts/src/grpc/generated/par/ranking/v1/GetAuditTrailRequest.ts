// Original file: ranking.proto


export interface GetAuditTrailRequest {
  'cycleId'?: (string);
  'unitId'?: (string);
  'criterion'?: (string);
}

export interface GetAuditTrailRequest__Output {
  'cycleId': (string);
  'unitId': (string);
  'criterion': (string);
}
