import { useMutation, useQuery } from '@tanstack/react-query';
import { useApi } from '../api/api-context';
import { apiPath } from '../api/api-path';

/** A stage of a value's life, in the order a cycle goes: self → appraisal → explanation → council → survey → correction. */
export type AuditStage = 'self' | 'appraisal' | 'explanation' | 'council' | 'survey' | 'correction';

export interface AuditEvidence {
  title: string;
  documentNo?: string | null;
  date?: string | null;
  section?: string | null;
  fileRef?: string | null;
}

/** One value a leaf (or a bonus, a deduction) took: the gateway's AuditTrail entry (apps/gateway/src/ranking/ranking.views.ts). */
export interface AuditEntry {
  stage: AuditStage;
  subject: 'leaf' | 'bonus' | 'deduction';
  criterion: string | null;
  fromPoints: string | null;
  toPoints: string | null;
  actor: string;
  role: string;
  actorUnitId: string | null;
  occurredAt: string;
  recordedAt: string;
  reason: string | null;
  note: string | null;
  evidence: AuditEvidence[];
  votes: { for: number; against: number; abstain: number; members: number } | null;
  decision: string | null;
  importedFrom: string | null;
}

/** GET /api/v1/cycles/{cycleId}/units/{unitId}/audit: every value of every leaf of the unit, oldest first. */
export function useAuditTrail(cycleId: string, unitId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['cycles', cycleId, 'units', unitId, 'audit'],
    queryFn: ({ signal }) => api.get<{ entries: AuditEntry[] }>(apiPath`/cycles/${cycleId}/units/${unitId}/audit`, { signal }),
  });
}

export type LoggedService = 'submissions' | 'appraisal' | 'ranking' | 'survey';

/** One service's hash-chain check: the gateway's LogVerifications (apps/gateway/src/log-verification). */
export interface LogVerification {
  service: LoggedService;
  ok: boolean;
  events: number;
  streams: number;
  firstBroken?: {
    streamId: string;
    streamVersion: number;
    eventId: string;
    problem: 'HASH_MISMATCH' | 'PREVIOUS_HASH_MISMATCH' | 'VERSION_GAP';
    expected: string;
    actual: string;
  };
}

/** POST /api/v1/log-verifications: each service recomputes its log's hash chains (PROVINCE_ADMIN, COUNCIL_CHAIR). */
export function useVerifyLog() {
  const api = useApi();
  return useMutation({
    mutationFn: () => api.send<{ services: LogVerification[] }>('POST', '/log-verifications'),
  });
}
