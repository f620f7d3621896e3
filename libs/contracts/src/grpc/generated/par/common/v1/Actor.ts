// Original file: common.proto


export interface Actor {
  'userId'?: (string);
  'role'?: (string);
  'unitId'?: (string);
}

export interface Actor__Output {
  'userId': (string);
  'role': (string);
  'unitId': (string);
}
