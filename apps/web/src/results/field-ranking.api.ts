import type { FieldRankingDocument, FieldRankingGroup, FieldRankingRow } from '@par/contracts';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/api-context';
import { apiPath } from '../api/api-path';

export type { FieldRankingDocument, FieldRankingGroup, FieldRankingRow };

/** GET /api/v1/cycles/{cycleId}/field-rankings/{field}: per group having the field, the units by its component index. */
export function useFieldRanking(cycleId: string, field: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['cycles', cycleId, 'field-rankings', field],
    queryFn: ({ signal }) => api.get<FieldRankingDocument>(apiPath`/cycles/${cycleId}/field-rankings/${field}`, { signal }),
  });
}
