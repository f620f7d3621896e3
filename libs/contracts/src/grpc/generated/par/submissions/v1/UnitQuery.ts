// Original file: submissions.proto


export interface UnitQuery {
  'cycleId'?: (string);
  'unitId'?: (string);
}

export interface UnitQuery__Output {
  'cycleId': (string);
  'unitId': (string);
}
