import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/api-context';
import { apiPath } from '../api/api-path';
import type { AppraisalQueue, AppraisalSheet, AuditTrail, SelfAssessment } from './appraisal.types';

export const queueKey = (cycleId: string) => ['cycles', cycleId, 'appraisals'];
export const sheetKey = (cycleId: string, unitId: string) => ['cycles', cycleId, 'units', unitId, 'appraisal'];
export const auditKey = (cycleId: string, unitId: string) => ['cycles', cycleId, 'units', unitId, 'audit'];
export const sheetPath = (cycleId: string, unitId: string) => apiPath`/cycles/${cycleId}/units/${unitId}/appraisal`;

/** Every unit of the cycle with the phase of its appraisal. */
export function useAppraisalQueue(cycleId: string) {
  const api = useApi();
  return useQuery({
    queryKey: queueKey(cycleId),
    queryFn: ({ signal }) => api.get<AppraisalQueue>(apiPath`/cycles/${cycleId}/appraisals`, { signal }),
  });
}

/** The unit's appraisal sheet: per leaf, self and appraised values; bonus and deductions. */
export function useAppraisalSheet(cycleId: string, unitId: string) {
  const api = useApi();
  return useQuery({
    queryKey: sheetKey(cycleId, unitId),
    queryFn: ({ signal }) => api.get<AppraisalSheet>(sheetPath(cycleId, unitId), { signal }),
  });
}

/** The unit's own claim: evidence and note per leaf, which the appraiser weighs. */
export function useUnitSelfAssessment(cycleId: string, unitId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['cycles', cycleId, 'units', unitId, 'self-assessment'],
    queryFn: ({ signal }) => api.get<SelfAssessment>(apiPath`/cycles/${cycleId}/units/${unitId}/self-assessment`, { signal }),
  });
}

/** The unit's audit trail, where its explanations (text and evidence) are recorded. */
export function useAuditTrail(cycleId: string, unitId: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: auditKey(cycleId, unitId),
    queryFn: ({ signal }) => api.get<AuditTrail>(apiPath`/cycles/${cycleId}/units/${unitId}/audit`, { signal }),
    enabled,
  });
}
