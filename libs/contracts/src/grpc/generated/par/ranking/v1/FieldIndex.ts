// Original file: ranking.proto


export interface FieldIndex {
  'field'?: (string);
  'title'?: (string);
  'achieved'?: (string);
  'applicableMax'?: (string);
  'index'?: (string);
  '_index'?: "index";
}

export interface FieldIndex__Output {
  'field': (string);
  'title': (string);
  'achieved': (string);
  'applicableMax': (string);
  'index'?: (string);
}
