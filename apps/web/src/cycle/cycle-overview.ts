import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/api-context';
import { apiPath } from '../api/api-path';

/** GET /api/v1/cycles/{cycleId}: the parts the screens use (the gateway's CycleOverview has the criteria sets too). */
export interface CycleOverview {
  cycleId: string;
  year: number;
  title: string;
  evaluator: string;
  status: 'setup' | 'open' | 'closed';
  selfAssessmentDue: string | null;
  groups: { groupId: string; name: string; criteriaSetId: string }[];
  units: { unitId: string; name: string; groupId: string; parentId: string | null }[];
}

export function useCycleOverview(cycleId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['cycles', cycleId],
    queryFn: ({ signal }) => api.get<CycleOverview>(apiPath`/cycles/${cycleId}`, { signal }),
  });
}
