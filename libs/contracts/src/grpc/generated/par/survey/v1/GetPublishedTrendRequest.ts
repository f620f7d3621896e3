// Original file: survey.proto


export interface GetPublishedTrendRequest {
  'province'?: (string);
  'kind'?: (string);
  '_kind'?: "kind";
}

export interface GetPublishedTrendRequest__Output {
  'province': (string);
  'kind'?: (string);
}
