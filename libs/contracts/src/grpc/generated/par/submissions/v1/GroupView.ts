// Original file: submissions.proto


export interface GroupView {
  'groupId'?: (string);
  'name'?: (string);
  'criteriaSetId'?: (string);
}

export interface GroupView__Output {
  'groupId': (string);
  'name': (string);
  'criteriaSetId': (string);
}
