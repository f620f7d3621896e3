import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { claimsOf, type Claims } from './claims';
import { clearToken, readToken, writeToken } from './token-store';

export interface Session {
  token: string;
  claims: Claims;
}

/** Why the last session ended when the user did not sign out: the gateway refused its token (expired, revoked). */
export type SessionEnd = 'refused';

export interface SessionContextValue {
  session: Session | null;
  /** Signs in with a pasted (or demo) token; throws TokenRefused when it can never work. */
  signIn(token: string): void;
  signOut(why?: SessionEnd): void;
  endedBecause: SessionEnd | null;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** The signed-in user (token and claims), restored from sessionStorage on a reload while the token is still usable. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<Session | null>(restoredSession);
  const [endedBecause, setEndedBecause] = useState<SessionEnd | null>(null);

  const signIn = useCallback((pasted: string) => {
    const token = pasted.trim();
    const claims = claimsOf(token);
    writeToken(token);
    setEndedBecause(null);
    setSession({ token, claims });
  }, []);

  const signOut = useCallback(
    (why?: SessionEnd) => {
      clearToken();
      // Nothing one user read may show on the next user's screens.
      queryClient.clear();
      setEndedBecause(why ?? null);
      setSession(null);
    },
    [queryClient],
  );

  const value = useMemo(() => ({ session, signIn, signOut, endedBecause }), [session, signIn, signOut, endedBecause]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

function restoredSession(): Session | null {
  const token = readToken();
  if (!token) return null;
  try {
    return { token, claims: claimsOf(token) };
  } catch {
    clearToken();
    return null;
  }
}
