// Original file: ranking.proto

import type { AuditEntry as _par_ranking_v1_AuditEntry, AuditEntry__Output as _par_ranking_v1_AuditEntry__Output } from '../../../par/ranking/v1/AuditEntry';

export interface AuditTrail {
  'entries'?: (_par_ranking_v1_AuditEntry)[];
}

export interface AuditTrail__Output {
  'entries': (_par_ranking_v1_AuditEntry__Output)[];
}
