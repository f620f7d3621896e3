import { fileTimeInstant } from './file-time-instant';

describe('fileTimeInstant', () => {
  it('reads a date alone as 00:00 of that day in Vietnam (+07:00)', () => {
    expect(fileTimeInstant('2025-12-15').toISOString()).toBe('2025-12-14T17:00:00.000Z');
  });

  it('reads a date-time at the instant its offset says', () => {
    expect(fileTimeInstant('2026-01-10T09:30:00+07:00').toISOString()).toBe('2026-01-10T02:30:00.000Z');
    expect(fileTimeInstant('2026-01-10T02:30:00Z').getTime()).toBe(fileTimeInstant('2026-01-10T09:30:00+07:00').getTime());
  });

  it('leaves an absent time absent', () => {
    expect(fileTimeInstant(undefined)).toBeUndefined();
  });
});
