import type { FileTime } from '@par/contracts';

/** A date alone is that day in Vietnam, where the cycle's documents are dated. */
const VIETNAM_OFFSET = '+07:00';

/** A v1.1 time of the file (already checked by parseCycleFile) as an instant; absent stays absent. */
export function instantOf(time: FileTime | undefined): Date | undefined {
  if (time === undefined) return undefined;
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(time) ? `${time}T00:00:00${VIETNAM_OFFSET}` : time);
}
