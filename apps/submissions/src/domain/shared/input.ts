import { SubmissionsError } from './submissions-error';

/** A required text input, trimmed; commands come from people and files, so blanks are caught here. */
export function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new SubmissionsError('FIELD_REQUIRED', `${field} is required`, { field, value });
  }
  return value.trim();
}

/** An optional text input: trimmed, and null when absent or blank. */
export function optionalText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function requireReason(value: unknown, field = 'reason'): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new SubmissionsError('REASON_REQUIRED', `${field}: a reason is required for this decision`, { field, value });
  }
  return value.trim();
}

export function requireBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new SubmissionsError('FIELD_REQUIRED', `${field} must be true or false`, { field, value });
  return value;
}
