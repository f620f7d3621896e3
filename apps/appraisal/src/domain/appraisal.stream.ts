/** One Appraisal stream per unit and cycle; events carry cycleId and unitId because ids may contain dashes. */
export function appraisalStreamId(cycleId: string, unitId: string): string {
  return `appraisal-${cycleId}-${unitId}`;
}
