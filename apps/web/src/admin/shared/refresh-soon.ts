import type { QueryClient, QueryKey } from '@tanstack/react-query';

/** When a read model has usually caught up with a command (it follows the log a moment later). */
const CATCH_UP_MS = [0, 600, 2000];

/** Reads a query again now and twice in the next seconds, so that what a command changed shows without a reload. */
export function refreshSoon(queryClient: QueryClient, queryKey: QueryKey): void {
  for (const delay of CATCH_UP_MS) setTimeout(() => void queryClient.invalidateQueries({ queryKey }), delay);
}
