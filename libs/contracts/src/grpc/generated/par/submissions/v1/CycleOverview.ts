// Original file: submissions.proto

import type { GroupView as _par_submissions_v1_GroupView, GroupView__Output as _par_submissions_v1_GroupView__Output } from '../../../par/submissions/v1/GroupView';
import type { UnitView as _par_submissions_v1_UnitView, UnitView__Output as _par_submissions_v1_UnitView__Output } from '../../../par/submissions/v1/UnitView';
import type { CriteriaSetView as _par_submissions_v1_CriteriaSetView, CriteriaSetView__Output as _par_submissions_v1_CriteriaSetView__Output } from '../../../par/submissions/v1/CriteriaSetView';

export interface CycleOverview {
  'cycleId'?: (string);
  'year'?: (number);
  'title'?: (string);
  'evaluator'?: (string);
  'status'?: (string);
  'selfAssessmentDue'?: (string);
  'groups'?: (_par_submissions_v1_GroupView)[];
  'units'?: (_par_submissions_v1_UnitView)[];
  'criteriaSets'?: (_par_submissions_v1_CriteriaSetView)[];
  '_selfAssessmentDue'?: "selfAssessmentDue";
}

export interface CycleOverview__Output {
  'cycleId': (string);
  'year': (number);
  'title': (string);
  'evaluator': (string);
  'status': (string);
  'selfAssessmentDue'?: (string);
  'groups': (_par_submissions_v1_GroupView__Output)[];
  'units': (_par_submissions_v1_UnitView__Output)[];
  'criteriaSets': (_par_submissions_v1_CriteriaSetView__Output)[];
}
