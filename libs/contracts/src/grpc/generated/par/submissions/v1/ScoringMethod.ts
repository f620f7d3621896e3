// Original file: submissions.proto

import type { Band as _par_submissions_v1_Band, Band__Output as _par_submissions_v1_Band__Output } from '../../../par/submissions/v1/Band';

export interface ScoringMethod {
  'kind'?: (string);
  'step'?: (string);
  'bands'?: (_par_submissions_v1_Band)[];
  'perOccurrence'?: (string);
  'cap'?: (string);
  '_step'?: "step";
  '_perOccurrence'?: "perOccurrence";
  '_cap'?: "cap";
}

export interface ScoringMethod__Output {
  'kind': (string);
  'step'?: (string);
  'bands': (_par_submissions_v1_Band__Output)[];
  'perOccurrence'?: (string);
  'cap'?: (string);
}
