import { uuidV7, uuidV7Generator, uuidV7Timestamp } from './uuid-v7';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** rand_a: the 12 bits after the version nibble. */
const counterOf = (uuid: string) => parseInt(uuid.slice(15, 18), 16);

const isStrictlyIncreasing = (ids: string[]) => ids.every((id, i) => i === 0 || ids[i - 1] < id);

describe('UUIDv7 event ids', () => {
  it('lays out the RFC 9562 fields: 48-bit unix ms, version 7, variant 10', () => {
    // The timestamp of RFC 9562 appendix A.6 (017F22E2-79B0-7CC3-98C4-DC0C0C07398F).
    const id = uuidV7Generator(() => 0x017f_22e2_79b0)();
    expect(id).toMatch(V7);
    expect(id.slice(0, 15)).toBe('017f22e2-79b0-7');
    expect(uuidV7Timestamp(id)).toBe(0x017f_22e2_79b0);
    expect(uuidV7Timestamp(uuidV7Generator(() => 2 ** 48 - 1)())).toBe(2 ** 48 - 1);
  });

  it('counts within a millisecond, from a random start leaving room for 2048 ids', () => {
    const next = uuidV7Generator(() => 1_700_000_000_000);
    const ids = Array.from({ length: 2048 }, next);
    expect(counterOf(ids[0])).toBeLessThan(2048);
    expect(ids.every((id, i) => counterOf(id) === counterOf(ids[0]) + i && uuidV7Timestamp(id) === 1_700_000_000_000)).toBe(true);
    expect(isStrictlyIncreasing(ids)).toBe(true);
  });

  it('stays strictly increasing when the counter overflows and when the clock steps back', () => {
    let now = 1_700_000_000_000;
    const next = uuidV7Generator(() => now);
    const ids = Array.from({ length: 5000 }, next); // > 4096 in one millisecond: borrows the next one
    now -= 60_000;
    ids.push(...Array.from({ length: 100 }, next));
    now += 120_000;
    ids.push(...Array.from({ length: 100 }, next));
    expect(ids.every((id) => V7.test(id))).toBe(true);
    expect(isStrictlyIncreasing(ids)).toBe(true);
    expect(uuidV7Timestamp(ids[4999])).toBe(1_700_000_000_001);
    expect(uuidV7Timestamp(ids.at(-1)!)).toBe(1_700_000_060_000);
  });

  it('is unique, random in rand_b, and carries the current time', () => {
    const before = Date.now();
    const ids = Array.from({ length: 20_000 }, uuidV7);
    const after = Date.now();
    expect(new Set(ids).size).toBe(ids.length);
    expect(isStrictlyIncreasing(ids)).toBe(true);
    expect(uuidV7Timestamp(ids[0])).toBeGreaterThanOrEqual(before);
    expect(uuidV7Timestamp(ids[0])).toBeLessThanOrEqual(after + 10); // a burst may borrow a few milliseconds
    // rand_b: all 16 hex digits of the last group appear, and the 2 bits after the variant both vary.
    const lastGroup = new Set(ids.flatMap((id) => [...id.slice(24)]));
    expect(lastGroup.size).toBe(16);
    expect(new Set(ids.map((id) => id[19])).size).toBe(4);
  });
});
