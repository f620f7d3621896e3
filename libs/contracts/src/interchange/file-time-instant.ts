import type { FileTime } from './cycle-file';

/** A date alone is that day in Vietnam, where the cycle's documents are dated. */
const VIETNAM_OFFSET = '+07:00';

/**
 * A v1.1 time of the file (already checked by parseCycleFile) as an instant: a date alone is 00:00 of that
 * day at +07:00, a date-time is the instant its offset says. Absent stays absent. The import records it and
 * the reference results order survey values by it, so both read a file's times alike.
 */
export function fileTimeInstant(time: FileTime): Date;
export function fileTimeInstant(time: FileTime | undefined): Date | undefined;
export function fileTimeInstant(time: FileTime | undefined): Date | undefined {
  if (time === undefined) return undefined;
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(time) ? `${time}T00:00:00${VIETNAM_OFFSET}` : time);
}
