import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { UnstorableEventError } from './errors';
import { canonicalContent, contentHash } from './hashing';
import { prepareEvents } from './prepare-events';

const now = new Date('2025-11-03T02:00:00.000Z');
const prepareOne = (data: unknown, metadata?: Record<string, unknown>) => prepareEvents('unit-a', [{ type: 'CriterionSelfAssessed', data, metadata }], now)[0];
const reasonFor = (data: unknown) => {
  try {
    prepareOne(data);
  } catch (error) {
    if (error instanceof UnstorableEventError) return `${error.path}: ${error.reason}`;
    throw error;
  }
  return 'accepted';
};

describe('preparing events for the log', () => {
  it('fills the defaults: a time-ordered (v7) event id, schema version 1 and occurredAt = now', () => {
    const event = prepareOne({ points: '1.00' }, { actor: 'can-bo' });
    expect(event.eventId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(event.schemaVersion).toBe(1);
    expect(event.metadata).toEqual({ actor: 'can-bo', occurredAt: '2025-11-03T02:00:00.000Z' });
  });

  it('sends exactly the text it hashed', () => {
    const event = prepareOne({ points: '1.00', note: 'Đã nộp báo cáo' });
    expect(JSON.parse(event.canonical)).toEqual({
      streamId: 'unit-a',
      eventId: event.eventId,
      type: 'CriterionSelfAssessed',
      schemaVersion: 1,
      data: event.data,
      metadata: event.metadata,
    });
  });

  it('stores what toJSON gives (dates, decimals) and drops undefined fields, as JSON does', () => {
    const event = prepareOne({ decidedOn: new Date('2025-12-01T00:00:00Z'), appealedOn: undefined });
    expect(event.data).toEqual({ decidedOn: '2025-12-01T00:00:00.000Z' });
  });

  it('refuses what PostgreSQL or JSON would not give back unchanged, naming where', () => {
    expect(reasonFor({ note: 'a\u0000b' })).toBe('events[0].data.note: PostgreSQL cannot store the NUL character (\\u0000)');
    expect(reasonFor({ ['k\u0000']: 1 })).toMatch(/^events\[0\]\.data\.k\u0000 \(the key\): .*NUL/); // eslint-disable-line no-control-regex
    expect(reasonFor({ note: 'half an emoji \ud83d' })).toMatch(/lone UTF-16 surrogate/);
    expect(reasonFor({ scores: [1, NaN] })).toBe('events[0].data.scores[1]: NaN is not a JSON number');
    expect(reasonFor({ total: Infinity })).toMatch(/Infinity is not a JSON number/);
    expect(reasonFor({ scores: [1, undefined] })).toMatch(/undefined in an array/);
    expect(reasonFor({ big: 10n })).toMatch(/a bigint is not JSON/);
    expect(reasonFor({ compute: () => 1 })).toMatch(/a function is not JSON/);
    expect(reasonFor({ byCriterion: new Map([['1.1', 1]]) })).toMatch(/a Map is not plain JSON data/);
    expect(reasonFor(undefined)).toMatch(/events\[0\]\.data: it is undefined/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(reasonFor(cyclic)).toMatch(/refers to itself/);
    expect(reasonFor({ shared: [{ a: 1 }], again: [{ a: 1 }], emoji: '😀' })).toBe('accepted');
  });

  it('normalises a given event id to lowercase (PostgreSQL stores uuids so) and refuses non-uuids', () => {
    const [event] = prepareEvents('unit-a', [{ type: 'T', data: {}, eventId: '0F8FAD5B-D9CB-469F-A165-70867728950E' }]);
    expect(event.eventId).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(() => prepareEvents('unit-a', [{ type: 'T', data: {}, eventId: 'not-a-uuid' }])).toThrow(UnstorableEventError);
    expect(() => prepareEvents('unit-a', [{ type: 'T', data: {}, schemaVersion: 0 }])).toThrow(/schemaVersion/);
    expect(() => prepareEvents('', [{ type: 'T', data: {} }])).toThrow(/streamId/);
  });

  it('keeps a "__proto__" key as data instead of changing the prototype', () => {
    const event = prepareOne(JSON.parse('{"__proto__": {"x": 1}}'));
    expect(Object.keys(event.data as object)).toEqual(['__proto__']);
    expect(event.canonical).toContain('"data":{"__proto__":{"x":1}}');
  });

  it('sends and hashes exactly canonicalContent(content), the text `canonicalize` writes, for any data and metadata', () => {
    const char = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => c !== '\u0000'); // NUL is refused
    const text = fc.string({ unit: char, maxLength: 10 });
    const metadata = fc.option(
      fc.dictionary(fc.oneof(text, fc.constantFrom('occurredAt', 'actor', '__proto__')), fc.jsonValue({ maxDepth: 2, stringUnit: char }), { maxKeys: 5 }),
      { nil: undefined },
    );
    const event = fc.record({
      type: text.filter((t) => t.length > 0),
      data: fc.jsonValue({ maxDepth: 3, stringUnit: char }),
      metadata,
      schemaVersion: fc.option(fc.integer({ min: 1, max: 2 ** 31 - 1 }), { nil: undefined }),
      eventId: fc.option(fc.uuid(), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        text.filter((t) => t.length > 0),
        fc.array(event, { maxLength: 3 }),
        (streamId, events) => {
          for (const prepared of prepareEvents(streamId, events, now)) {
            const { streamId: stream, eventId, type, schemaVersion, data, metadata } = prepared;
            expect(prepared.canonical).toBe(canonicalize({ streamId: stream, eventId, type, schemaVersion, data, metadata }));
            expect(prepared.canonical).toBe(canonicalContent(prepared));
            expect(prepared.contentHash).toBe(contentHash(prepared));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
