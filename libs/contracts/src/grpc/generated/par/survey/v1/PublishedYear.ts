// Original file: survey.proto


export interface PublishedYear {
  'year'?: (number);
  'revision'?: (number);
  'total'?: (string);
  'maxTotal'?: (string);
  'change'?: (string);
  'sourceTitle'?: (string);
  '_change'?: "change";
}

export interface PublishedYear__Output {
  'year': (number);
  'revision': (number);
  'total': (string);
  'maxTotal': (string);
  'change'?: (string);
  'sourceTitle': (string);
}
