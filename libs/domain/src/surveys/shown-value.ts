import { cutShort } from '../cut-short';
import { quote } from '../domain-error';

/** Longest text of a received value kept in an error: ids and counts fit, a pasted file does not. */
const MAX_SHOWN = 80;

/** A received value as an error keeps it: numbers as they are, anything else as text cut to MAX_SHOWN. */
export function bounded(value: unknown): unknown {
  if (value === undefined || value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  return cut(typeof value === 'string' ? value : quote(value));
}

/** Quotes a received value for a message, cut to MAX_SHOWN. */
export function shown(value: unknown): string {
  return cut(quote(value));
}

function cut(text: string): string {
  return cutShort(text, MAX_SHOWN);
}
