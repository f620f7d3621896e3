import { newEventId } from './event-id';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** unix_ts_ms: the first 48 bits. */
const timestampOf = (uuid: string) => parseInt(uuid.slice(0, 8) + uuid.slice(9, 13), 16);

const isStrictlyIncreasing = (ids: string[]) => ids.every((id, i) => i === 0 || ids[i - 1] < id);

describe('event ids (UUIDv7)', () => {
  afterEach(() => jest.restoreAllMocks());

  it('lays out the RFC 9562 fields: 48-bit unix ms of now, version 7, variant 10', () => {
    const before = Date.now();
    const id = newEventId();
    const after = Date.now();
    expect(id).toMatch(V7);
    expect(timestampOf(id)).toBeGreaterThanOrEqual(before);
    expect(timestampOf(id)).toBeLessThanOrEqual(after);
  });

  it('counts within a millisecond: strictly increasing ids that all carry that millisecond', () => {
    const millisecond = Date.now() + 60_000; // ahead of any id made so far, so that it is the one used
    jest.spyOn(Date, 'now').mockReturnValue(millisecond);
    const ids = Array.from({ length: 5000 }, newEventId);
    expect(ids.every((id) => V7.test(id) && timestampOf(id) === millisecond)).toBe(true);
    expect(isStrictlyIncreasing(ids)).toBe(true);
  });

  it('stays strictly increasing when the clock steps back, and follows it once it is past again', () => {
    let now = Date.now() + 120_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    const ids = Array.from({ length: 100 }, newEventId);
    now -= 60_000;
    ids.push(...Array.from({ length: 100 }, newEventId));
    now += 120_000;
    ids.push(...Array.from({ length: 100 }, newEventId));
    expect(ids.every((id) => V7.test(id))).toBe(true);
    expect(isStrictlyIncreasing(ids)).toBe(true);
    expect(timestampOf(ids[150])).toBe(now - 60_000); // the stepped-back ids kept the last timestamp
    expect(timestampOf(ids.at(-1)!)).toBe(now);
  });

  it('is unique and random in rand_b', () => {
    const ids = Array.from({ length: 20_000 }, newEventId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(isStrictlyIncreasing(ids)).toBe(true);
    // The last group ends in 40 random bits: all 16 hex digits appear.
    expect(new Set(ids.flatMap((id) => [...id.slice(26)])).size).toBe(16);
  });
});
