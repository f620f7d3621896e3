// The bearer token lives in sessionStorage: it survives a reload but not the closing of the tab, and no other
// tab shares it (a shared office PC, one user after another).
const KEY = 'par.token';

export function readToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function writeToken(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function clearToken(): void {
  sessionStorage.removeItem(KEY);
}
