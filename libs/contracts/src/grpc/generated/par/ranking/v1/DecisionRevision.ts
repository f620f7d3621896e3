// Original file: ranking.proto


export interface DecisionRevision {
  'revision'?: (number);
  'number'?: (string);
  'date'?: (string);
  'signer'?: (string);
  'reason'?: (string);
  'snapshotJson'?: (string);
  'snapshotHash'?: (string);
  'previousSnapshotHash'?: (string);
  'snapshotVerified'?: (boolean);
  'publishedBy'?: (string);
  'publishedAt'?: (string);
  'eventHash'?: (string);
  '_reason'?: "reason";
  '_previousSnapshotHash'?: "previousSnapshotHash";
}

export interface DecisionRevision__Output {
  'revision': (number);
  'number': (string);
  'date': (string);
  'signer': (string);
  'reason'?: (string);
  'snapshotJson': (string);
  'snapshotHash': (string);
  'previousSnapshotHash'?: (string);
  'snapshotVerified': (boolean);
  'publishedBy': (string);
  'publishedAt': (string);
  'eventHash': (string);
}
