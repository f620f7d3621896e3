import { useQueries } from '@tanstack/react-query';
import { useApi } from '../api/api-context';
import { apiPath } from '../api/api-path';
import type { CycleSummary } from '../cycle/cycle-list';
import type { ResultsDocument } from './results.api';

/** A unit's index in one cycle: null where it had none (nothing applicable); cycles without the unit are left out. */
export interface TrendPoint {
  cycleId: string;
  year: number;
  index: string | null;
}

/**
 * The year-over-year trend of a unit's index: its row (same unit id) in the results of every cycle of the list,
 * oldest first. Each cycle's results are the same query the results screen reads, so they come from the cache.
 */
export function useUnitTrend(unitId: string | undefined, cycles: readonly CycleSummary[]) {
  const api = useApi();
  const results = useQueries({
    queries: cycles.map((cycle) => ({
      queryKey: ['cycles', cycle.cycleId, 'results'],
      queryFn: ({ signal }: { signal: AbortSignal }) => api.get<ResultsDocument>(apiPath`/cycles/${cycle.cycleId}/results`, { signal }),
      enabled: unitId !== undefined,
    })),
  });
  const points: TrendPoint[] = [];
  cycles.forEach((cycle, at) => {
    const row = results[at].data?.groups.flatMap((group) => group.results).find((candidate) => candidate.unit === unitId);
    if (row) points.push({ cycleId: cycle.cycleId, year: cycle.year, index: row.index });
  });
  points.sort((a, b) => a.year - b.year || (a.cycleId < b.cycleId ? -1 : 1));
  return { points, pending: results.some((result) => result.isPending) };
}
