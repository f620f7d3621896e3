// Original file: ranking.proto


export interface ResultRow {
  'rank'?: (number);
  'unit'?: (string);
  'name'?: (string);
  'selfTotal'?: (string);
  'appraisedTotal'?: (string);
  'applicableMax'?: (string);
  'index'?: (string);
  'classCode'?: (string);
}

export interface ResultRow__Output {
  'rank': (number);
  'unit': (string);
  'name': (string);
  'selfTotal': (string);
  'appraisedTotal': (string);
  'applicableMax': (string);
  'index': (string);
  'classCode': (string);
}
