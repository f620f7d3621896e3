// Original file: ranking.proto

import type { AuditEvidence as _par_ranking_v1_AuditEvidence, AuditEvidence__Output as _par_ranking_v1_AuditEvidence__Output } from '../../../par/ranking/v1/AuditEvidence';
import type { CouncilVotes as _par_ranking_v1_CouncilVotes, CouncilVotes__Output as _par_ranking_v1_CouncilVotes__Output } from '../../../par/ranking/v1/CouncilVotes';

export interface AuditEntry {
  'stage'?: (string);
  'subject'?: (string);
  'criterion'?: (string);
  'fromPoints'?: (string);
  'toPoints'?: (string);
  'actor'?: (string);
  'role'?: (string);
  'actorUnitId'?: (string);
  'occurredAt'?: (string);
  'recordedAt'?: (string);
  'reason'?: (string);
  'note'?: (string);
  'evidence'?: (_par_ranking_v1_AuditEvidence)[];
  'votes'?: (_par_ranking_v1_CouncilVotes | null);
  'decision'?: (string);
  'importedFrom'?: (string);
  '_criterion'?: "criterion";
  '_fromPoints'?: "fromPoints";
  '_toPoints'?: "toPoints";
  '_actorUnitId'?: "actorUnitId";
  '_reason'?: "reason";
  '_note'?: "note";
  '_decision'?: "decision";
  '_importedFrom'?: "importedFrom";
}

export interface AuditEntry__Output {
  'stage': (string);
  'subject': (string);
  'criterion'?: (string);
  'fromPoints'?: (string);
  'toPoints'?: (string);
  'actor': (string);
  'role': (string);
  'actorUnitId'?: (string);
  'occurredAt': (string);
  'recordedAt': (string);
  'reason'?: (string);
  'note'?: (string);
  'evidence': (_par_ranking_v1_AuditEvidence__Output)[];
  'votes': (_par_ranking_v1_CouncilVotes__Output | null);
  'decision'?: (string);
  'importedFrom'?: (string);
}
