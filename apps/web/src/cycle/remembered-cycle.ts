// The cycle last opened on this browser, so that the menu brings a user back to it (the API lists no cycles yet).
const KEY = 'par.cycle';

export function rememberedCycle(): string | null {
  return localStorage.getItem(KEY);
}

export function rememberCycle(cycleId: string): void {
  localStorage.setItem(KEY, cycleId);
}
