// Original file: submissions.proto


export interface ProgressView {
  'secured'?: (string);
  'surveyHeld'?: (string);
  'applicableMax'?: (string);
  'projected'?: (string);
}

export interface ProgressView__Output {
  'secured': (string);
  'surveyHeld': (string);
  'applicableMax': (string);
  'projected': (string);
}
