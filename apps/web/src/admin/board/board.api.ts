import { useQueries, useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api-context';
import { apiPath } from '../../api/api-path';
import type { UnitAppraisal } from './unit-state';

/** The board reads again every few seconds: it is left open on a screen while units submit and appraisers work. */
export const BOARD_REFRESH_MS = 5_000;
/** Points move more slowly than states: each unit's progress is read again less often. */
const PROGRESS_REFRESH_MS = 30_000;

/** GET /api/v1/cycles/{cycleId}/appraisals: each unit's appraisal phase and whether it has submitted. */
export interface CycleAppraisals {
  cycle: string;
  units: UnitAppraisal[];
}

/** GET /api/v1/cycles/{cycleId}/units/{unitId}/progress: points secured so far and the projected year-end score. */
export interface UnitProgress {
  secured: string;
  applicableMax: string;
  projected: string;
}

export function useCycleAppraisals(cycleId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['cycles', cycleId, 'appraisals'],
    queryFn: ({ signal }) => api.get<CycleAppraisals>(apiPath`/cycles/${cycleId}/appraisals`, { signal }),
    refetchInterval: BOARD_REFRESH_MS,
    staleTime: 0,
  });
}

/** Every unit's progress, by unit id; a unit whose progress cannot be read is simply left without figures. */
export function useUnitsProgress(cycleId: string, unitIds: readonly string[]): Map<string, UnitProgress> {
  const api = useApi();
  const results = useQueries({
    queries: unitIds.map((unitId) => ({
      queryKey: ['cycles', cycleId, 'units', unitId, 'progress'],
      queryFn: ({ signal }: { signal: AbortSignal }) => api.get<UnitProgress>(apiPath`/cycles/${cycleId}/units/${unitId}/progress`, { signal }),
      refetchInterval: PROGRESS_REFRESH_MS,
    })),
  });
  const progress = new Map<string, UnitProgress>();
  results.forEach((result, index) => {
    if (result.data) progress.set(unitIds[index], result.data);
  });
  return progress;
}
