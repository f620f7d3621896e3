// Original file: ranking.proto


export interface DecisionResult {
  'streamId'?: (string);
  'revision'?: (number);
  'snapshotHash'?: (string);
}

export interface DecisionResult__Output {
  'streamId': (string);
  'revision': (number);
  'snapshotHash': (string);
}
