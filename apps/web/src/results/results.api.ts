import type { FieldIndexRow, ResultRow, ResultsDocument } from '@par/contracts';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/api-context';
import { apiPath } from '../api/api-path';

export type { FieldIndexRow, ResultRow, ResultsDocument };

/** GET /api/v1/cycles/{cycleId}/results: per group, the units by rank (INTERCHANGE.md's results document). */
export function useResults(cycleId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['cycles', cycleId, 'results'],
    queryFn: ({ signal }) => api.get<ResultsDocument>(apiPath`/cycles/${cycleId}/results`, { signal }),
  });
}
