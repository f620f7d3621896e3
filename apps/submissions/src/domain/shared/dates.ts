import { SubmissionsError } from './submissions-error';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A due date means the whole day where the provinces are: Vietnam time, UTC+07:00, no daylight saving. */
const END_OF_DAY_IN_VIETNAM = 'T23:59:59.999+07:00';

export function isIsoDate(value: unknown): value is string {
  // Round-trip through Date so 2025-02-30 is refused, not rolled over to March.
  return typeof value === 'string' && ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

export function isIsoInstant(value: unknown): value is string {
  return typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

export function requireDate(value: unknown, field: string): string {
  if (!isIsoDate(value))
    throw new SubmissionsError('DATE_INVALID', `${field} ${JSON.stringify(value) ?? 'nothing'} is not a date (YYYY-MM-DD)`, { field, value });
  return value;
}

/** An optional date: null when absent. */
export function optionalDate(value: unknown, field: string): string | null {
  return value === undefined || value === null ? null : requireDate(value, field);
}

export function requireInstant(value: unknown, field: string): string {
  if (!isIsoInstant(value)) {
    throw new SubmissionsError('DATE_INVALID', `${field} ${JSON.stringify(value) ?? 'nothing'} is not an ISO-8601 instant with offset`, { field, value });
  }
  return value;
}

/** A deadline: a date (through the end of that day, Vietnam time) or an exact instant. */
export function requireDue(value: unknown, field: string): string {
  if (isIsoDate(value) || isIsoInstant(value)) return value;
  throw new SubmissionsError('DATE_INVALID', `${field} ${JSON.stringify(value) ?? 'nothing'} is neither a date (YYYY-MM-DD) nor an ISO-8601 instant`, {
    field,
    value,
  });
}

/** Whether `now` is past the deadline `due` (the deadline's last millisecond still counts as on time). */
export function isPast(due: string, now: string): boolean {
  const end = isIsoDate(due) ? Date.parse(`${due}${END_OF_DAY_IN_VIETNAM}`) : Date.parse(due);
  return Date.parse(now) > end;
}
