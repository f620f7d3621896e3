import { types } from 'pg';

const TIMESTAMPTZ = 1184;
const pgParse = types.getTypeParser(TIMESTAMPTZ, 'text') as (text: string) => Date;

/** `text.charCodeAt(at)` as a decimal digit, or NaN. */
function digit(text: string, at: number): number {
  const code = text.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
}

function twoDigits(text: string, at: number): number {
  return digit(text, at) * 10 + digit(text, at + 1);
}

/**
 * A timestamptz as PostgreSQL writes it with DateStyle ISO ("2025-03-01 08:30:00.123456+07"), into the same
 * Date as pg's own parser gives (microseconds cut to the millisecond), with arithmetic instead of regular
 * expressions: every event read carries one, and pg's parser was a tenth of a read's time in Node.
 * Anything else (years before 1000 or after 9999, BC, infinity, another DateStyle) goes to pg's parser.
 */
export function parseTimestamptz(text: string): Date {
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + twoDigits(text, 2);
  if (!(year >= 1000) || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 32) return pgParse(text);
  let at = 19;
  let milliseconds = 0;
  if (text.charCodeAt(at) === 46) {
    // The first three digits of the fraction are the milliseconds; further digits are cut, as pg's parser does.
    for (let scale = 100, next = digit(text, ++at); !Number.isNaN(next); next = digit(text, ++at), scale /= 10) {
      if (scale >= 1) milliseconds += next * scale;
    }
  }
  const sign = text.charCodeAt(at) === 43 ? 1 : text.charCodeAt(at) === 45 ? -1 : 0;
  let offsetSeconds = twoDigits(text, at + 1) * 3600;
  at += 3;
  for (let unit = 60; text.charCodeAt(at) === 58 && unit >= 1; at += 3, unit /= 60) offsetSeconds += twoDigits(text, at + 1) * unit;
  const utc = Date.UTC(year, twoDigits(text, 5) - 1, twoDigits(text, 8), twoDigits(text, 11), twoDigits(text, 14), twoDigits(text, 17), milliseconds);
  if (sign === 0 || at !== text.length || Number.isNaN(utc) || Number.isNaN(offsetSeconds)) return pgParse(text);
  return new Date(utc - sign * offsetSeconds * 1000);
}

/** pg's type parsers, but parseTimestamptz for timestamptz: given to every query of the store that answers one. */
export const STORE_TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMPTZ && format !== 'binary' ? parseTimestamptz : types.getTypeParser(oid, format)) as typeof types.getTypeParser,
};
