import fc from 'fast-check';
import { types } from 'pg';
import { parseTimestamptz } from './timestamptz';

const pgParse = types.getTypeParser(1184, 'text') as (text: string) => Date;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** What PostgreSQL writes for a timestamptz with DateStyle ISO: fraction without trailing zeros, zone as ±HH[:MM[:SS]]. */
const pgText = fc
  .record({
    year: fc.integer({ min: 1000, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    micros: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 999_999 }), fc.constantFrom(1, 10, 100, 290_000, 999_999, 500_000)),
    zoneSeconds: fc.oneof(
      fc.constant(0),
      fc.integer({ min: -15, max: 15 }).map((h) => h * 3600),
      fc.integer({ min: -15 * 3600 - 3599, max: 15 * 3600 + 3599 }),
    ),
  })
  .map(({ year, month, day, hour, minute, second, micros, zoneSeconds }) => {
    const fraction = micros === 0 ? '' : `.${pad(micros, 6).replace(/0+$/, '')}`;
    const z = Math.abs(zoneSeconds);
    const [zh, zm, zs] = [Math.floor(z / 3600), Math.floor((z % 3600) / 60), z % 60];
    const zone = `${zoneSeconds < 0 ? '-' : '+'}${pad(zh, 2)}${zm || zs ? `:${pad(zm, 2)}` : ''}${zs ? `:${pad(zs, 2)}` : ''}`;
    return `${year}-${pad(month, 2)}-${pad(day, 2)} ${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}${fraction}${zone}`;
  });

describe('parsing a timestamptz as PostgreSQL writes it', () => {
  it('gives the same instant as pg’s own parser, to the millisecond', () => {
    fc.assert(
      fc.property(pgText, (text) => {
        expect(parseTimestamptz(text).getTime()).toBe(pgParse(text).getTime());
      }),
      { numRuns: 5000 },
    );
  });

  it('hands what it does not read itself to pg’s parser', () => {
    for (const text of ['infinity', '-infinity', '0099-03-01 00:00:00+00', '2025-03-01 00:00:00+00 BC', '12025-03-01 00:00:00+00', '2025-03-01 00:00:00']) {
      expect(parseTimestamptz(text)).toEqual(pgParse(text));
    }
  });
});
