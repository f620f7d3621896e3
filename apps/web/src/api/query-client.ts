import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from './api-problem';

/**
 * react-query as the UI's one cache of API reads. Slow office networks: a failed read is tried again twice
 * (never a refusal: a 4xx answers the same the next time), data stays fresh for 30 s, no refetch on every
 * window focus. Commands are never repeated behind the user's back.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 2 && isRetryable(error),
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
