// Original file: submissions.proto


export interface ProgressView {
  'secured'?: (string);
  'surveyHeld'?: (string);
  'applicableMax'?: (string);
  'projected'?: (string);
  'surveyGiven'?: (string);
  'surveyPending'?: (string);
  '_surveyGiven'?: "surveyGiven";
  '_surveyPending'?: "surveyPending";
}

export interface ProgressView__Output {
  'secured': (string);
  'surveyHeld': (string);
  'applicableMax': (string);
  'projected': (string);
  'surveyGiven'?: (string);
  'surveyPending'?: (string);
}
