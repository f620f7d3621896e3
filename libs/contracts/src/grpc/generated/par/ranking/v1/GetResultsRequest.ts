// Original file: ranking.proto


export interface GetResultsRequest {
  'cycleId'?: (string);
  'group'?: (string);
  'knownRevision'?: (string);
}

export interface GetResultsRequest__Output {
  'cycleId': (string);
  'group': (string);
  'knownRevision': (string);
}
