import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/api-context';

/** A cycle as GET /api/v1/cycles lists it (latest year first). */
export interface CycleSummary {
  cycleId: string;
  year: number;
  title: string;
  status: 'setup' | 'open' | 'closed';
}

export function useCycleList() {
  const api = useApi();
  return useQuery({
    queryKey: ['cycles'],
    queryFn: ({ signal }) => api.get<{ cycles: CycleSummary[] }>('/cycles', { signal }).then((reply) => reply.cycles),
  });
}
