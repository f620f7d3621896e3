import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useSession } from '../auth/session';
import { readToken } from '../auth/token-store';
import { createApiClient, type ApiClient } from './api-client';

const ApiContext = createContext<ApiClient | null>(null);

/** One API client for the app: the session's token on every call; a refused token ends the session. */
export function ApiProvider({ children }: { children: ReactNode }) {
  const { signOut } = useSession();
  const client = useMemo(() => createApiClient({ token: readToken, onUnauthorized: () => signOut('refused') }), [signOut]);
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi outside ApiProvider');
  return client;
}
