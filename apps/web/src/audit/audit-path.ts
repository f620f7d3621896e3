/** The audit of one unit in one cycle: /audit/:cycleId/:unitId. */
export function auditPath(cycleId: string, unitId?: string): string {
  const cycle = `/audit/${encodeURIComponent(cycleId)}`;
  return unitId ? `${cycle}/${encodeURIComponent(unitId)}` : cycle;
}
