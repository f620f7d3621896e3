// Original file: appraisal.proto

import type { Actor as _par_common_v1_Actor, Actor__Output as _par_common_v1_Actor__Output } from '../../../par/common/v1/Actor';
import type { CouncilVotes as _par_appraisal_v1_CouncilVotes, CouncilVotes__Output as _par_appraisal_v1_CouncilVotes__Output } from '../../../par/appraisal/v1/CouncilVotes';

export interface ResolveExplanationRequest {
  'actor'?: (_par_common_v1_Actor | null);
  'cycleId'?: (string);
  'unitId'?: (string);
  'criterion'?: (string);
  'decision'?: (string);
  'points'?: (string);
  'reason'?: (string);
  'votes'?: (_par_appraisal_v1_CouncilVotes | null);
}

export interface ResolveExplanationRequest__Output {
  'actor': (_par_common_v1_Actor__Output | null);
  'cycleId': (string);
  'unitId': (string);
  'criterion': (string);
  'decision': (string);
  'points': (string);
  'reason': (string);
  'votes': (_par_appraisal_v1_CouncilVotes__Output | null);
}
