// Original file: survey.proto


export interface AspectResult {
  'code'?: (string);
  'index'?: (string);
  'answers'?: (number);
  '_index'?: "index";
}

export interface AspectResult__Output {
  'code': (string);
  'index'?: (string);
  'answers': (number);
}
