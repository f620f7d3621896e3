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
  '_index'?: "index";
  '_classCode'?: "classCode";
}

export interface ResultRow__Output {
  'rank': (number);
  'unit': (string);
  'name': (string);
  'selfTotal': (string);
  'appraisedTotal': (string);
  'applicableMax': (string);
  'index'?: (string);
  'classCode'?: (string);
}
