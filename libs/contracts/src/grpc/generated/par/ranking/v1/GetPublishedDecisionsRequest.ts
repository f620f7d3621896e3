// Original file: ranking.proto


export interface GetPublishedDecisionsRequest {
  'cycleId'?: (string);
}

export interface GetPublishedDecisionsRequest__Output {
  'cycleId': (string);
}
