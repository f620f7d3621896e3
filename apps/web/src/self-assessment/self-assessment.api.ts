import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/api-context';
import { ApiProblem } from '../api/api-problem';
import { apiPath } from '../api/api-path';
import type { CycleOverview } from '../cycle/cycle-overview';

// The gateway's JSON shapes this screen reads (apps/gateway/src/queries, appraisal, ranking): points are decimal text.

export interface Evidence {
  title: string;
  documentNo?: string;
  date?: string;
  section?: string;
  fileRef?: string;
}

export type ScoringMethod =
  | { kind: 'manual'; step: string }
  | { kind: 'bands'; bands: { minRatio: string; points: string }[] }
  | { kind: 'allOrNothing' }
  | { kind: 'deduction'; perOccurrence: string; cap?: string };

/** A node of a criteria set as GET /cycles/{cycleId} answers it: a branch has children, a leaf its max, method and source. */
export interface CriterionNode {
  code: string;
  title: string;
  maxPoints?: string;
  method?: ScoringMethod;
  source?: 'self' | 'survey' | 'systemData';
  children?: CriterionNode[];
}

/** GET /cycles/{cycleId} with the criteria sets, which cycle/cycle-overview.ts leaves out. */
export interface CycleWithCriteria extends CycleOverview {
  criteriaSets: { criteriaSetId: string; version: number; maxTotal: string; leafCount: number; criteria: CriterionNode[] }[];
}

export interface SheetLeaf {
  criterion: string;
  title: string;
  maxPoints: string;
  source: string;
  applicable: boolean;
  /** null: not scored. */
  points: string | null;
  evidence: Evidence[];
  note: string | null;
}

/** GET /cycles/{cycleId}/units/{unitId}/self-assessment */
export interface SelfAssessmentSheet {
  cycleId: string;
  unitId: string;
  status: 'draft' | 'submitted';
  submissions: number;
  leaves: SheetLeaf[];
}

/** GET /cycles/{cycleId}/units/{unitId}/progress (DOMAIN.md step 2). */
export interface Progress {
  secured: string;
  surveyHeld: string;
  surveyGiven: string | null;
  surveyPending: string | null;
  applicableMax: string;
  projected: string;
}

export interface AppraisalLeaf {
  criterion: string;
  title: string;
  maxPoints: string;
  notApplicableBySetup: boolean;
  selfPoints: string | null;
  /** null: not applicable. */
  points: string | null;
  applicable: boolean;
  reviewed: boolean;
  explanation: 'none' | 'open' | 'resolved';
}

export interface Adjustment {
  id: string;
  kind: 'bonus' | 'deduction';
  points: string;
  reason: string;
  criterion: string | null;
  ref: string | null;
  removed: boolean;
}

/** GET /cycles/{cycleId}/units/{unitId}/appraisal */
export interface AppraisalSheet {
  cycleId: string;
  unitId: string;
  phase: 'appraising' | 'resultSent' | 'finalized';
  sentAt: string | null;
  explanationDeadline: string | null;
  finalizedAt: string | null;
  version: number;
  leaves: AppraisalLeaf[];
  adjustments: Adjustment[];
}

export interface AuditEntry {
  stage: 'self' | 'appraisal' | 'explanation' | 'council' | 'survey' | 'correction';
  subject: 'leaf' | 'bonus' | 'deduction';
  criterion: string | null;
  fromPoints: string | null;
  toPoints: string | null;
  actor: string;
  role: string;
  occurredAt: string;
  reason: string | null;
  note: string | null;
  decision: string | null;
}

export const unitPath = (cycleId: string, unitId: string) => apiPath`/cycles/${cycleId}/units/${unitId}`;

export const sheetKey = (cycleId: string, unitId: string) => ['cycles', cycleId, 'units', unitId, 'self-assessment'];
export const progressKey = (cycleId: string, unitId: string) => ['cycles', cycleId, 'units', unitId, 'progress'];
export const appraisalKey = (cycleId: string, unitId: string) => ['cycles', cycleId, 'units', unitId, 'appraisal'];
export const auditKey = (cycleId: string, unitId: string) => ['cycles', cycleId, 'units', unitId, 'audit'];

export function useSelfAssessmentSheet(cycleId: string, unitId: string) {
  const api = useApi();
  return useQuery({
    queryKey: sheetKey(cycleId, unitId),
    queryFn: ({ signal }) => api.get<SelfAssessmentSheet>(`${unitPath(cycleId, unitId)}/self-assessment`, { signal }),
  });
}

export function useProgress(cycleId: string, unitId: string) {
  const api = useApi();
  return useQuery({
    queryKey: progressKey(cycleId, unitId),
    queryFn: ({ signal }) => api.get<Progress>(`${unitPath(cycleId, unitId)}/progress`, { signal }),
  });
}

/** The unit's appraisal, or null while there is none (not submitted yet: APPRAISAL_NOT_FOUND). */
export function useAppraisalSheet(cycleId: string, unitId: string) {
  const api = useApi();
  return useQuery({
    queryKey: appraisalKey(cycleId, unitId),
    queryFn: ({ signal }) =>
      api.get<AppraisalSheet>(`${unitPath(cycleId, unitId)}/appraisal`, { signal }).catch((error: unknown) => {
        if (error instanceof ApiProblem && error.status === 404 && error.code === 'APPRAISAL_NOT_FOUND') return null;
        throw error;
      }),
  });
}

/** Every value the unit's leaves took, with who and why (the appraiser's reasons come from here). */
export function useAuditTrail(cycleId: string, unitId: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: auditKey(cycleId, unitId),
    queryFn: ({ signal }) => api.get<{ entries: AuditEntry[] }>(`${unitPath(cycleId, unitId)}/audit`, { signal }),
    enabled,
  });
}
