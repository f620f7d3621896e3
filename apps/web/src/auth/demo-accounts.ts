import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/api-context';
import { ApiProblem } from '../api/api-problem';
import type { Role } from './roles';

/** An account of the embedded demo (`npm start`): GET /api/v1/demo/accounts, a token freshly signed per role. */
export interface DemoAccount {
  sub: string;
  role: Role;
  unitId: string | null;
  token: string;
}

/** The demo's accounts, or null where there are none (a real deployment: the route answers 404). */
export function useDemoAccounts() {
  const api = useApi();
  return useQuery({
    queryKey: ['demo', 'accounts'],
    queryFn: ({ signal }) =>
      api.get<DemoAccount[]>('/demo/accounts', { signal }).catch((error: unknown) => {
        if (error instanceof ApiProblem && error.status === 404) return null;
        throw error;
      }),
    retry: false,
    staleTime: 5 * 60_000,
  });
}
