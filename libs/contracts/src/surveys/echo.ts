import { cutShort } from '@par/domain';

/**
 * How survey errors show a value from the file: quoted and cut short, so a 2 MB title or a runaway
 * CSV field never comes back whole in a message, a log line or an HTTP body.
 */
const MAX_ECHO = 60;

export function echo(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(cutShort(value, MAX_ECHO));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : String(value);
}

/** The value kept on an error object for machines: primitives only, strings cut short like `echo`. */
export function boundedValue(value: unknown): string | number | boolean | null | undefined {
  if (typeof value === 'string') return cutShort(value, MAX_ECHO);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return value;
  return undefined;
}
