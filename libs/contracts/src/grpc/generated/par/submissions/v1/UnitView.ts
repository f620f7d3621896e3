// Original file: submissions.proto


export interface UnitView {
  'unitId'?: (string);
  'name'?: (string);
  'groupId'?: (string);
  'parentId'?: (string);
  '_parentId'?: "parentId";
}

export interface UnitView__Output {
  'unitId': (string);
  'name': (string);
  'groupId': (string);
  'parentId'?: (string);
}
