import fc from 'fast-check';
import { legacyStreamId } from './legacy-stream-id';
import { parseStreamId, STREAM_KINDS, streamId, type StreamParts } from './stream-id';

// Ids made mostly of the characters an encoding could trip on: separators, escapes and what follows them.
const trickyId = fc.string({ unit: fc.constantFrom(':', '%', '-', '2', '5', '3', 'A', 'a', 'ở', '\u{1F600}'), maxLength: 8 });
const kind = fc.constantFrom(...STREAM_KINDS);
const parts = fc.array(trickyId, { minLength: 1, maxLength: 3 }) as unknown as fc.Arbitrary<StreamParts>;
const named = fc.tuple(kind, parts);

/**
 * One text cut into parts at some of its ':' and '-' (the cut character dropped, as a joiner adds it back):
 * the tuples a join by either character confuses, as ('demo', '2025-so-x') and ('demo-2025', 'so-x').
 * Random pairs of tuples almost never collide; these do under both naive joins.
 */
const text = fc.string({ unit: fc.constantFrom(':', '%', '-', '2', '5', '3', 'A', 'ở'), maxLength: 12 });
const cuts = fc.array(fc.boolean(), { minLength: 1, maxLength: 12 });
function cutAt(whole: string, where: readonly boolean[]): StreamParts {
  const cut = [''];
  [...whole].forEach((character, index) => {
    if ((character === ':' || character === '-') && where[index % where.length]) cut.push('');
    else cut[cut.length - 1] += character;
  });
  return cut as unknown as StreamParts;
}
const sameText = fc.tuple(kind, text, cuts, cuts).map(([k, whole, a, b]) => [k, cutAt(whole, a), cutAt(whole, b)] as const);

describe('streamId: <kind>:<part>:… with % and : percent-encoded in each part', () => {
  it('reads like its parts', () => {
    expect(streamId('appraisal', 'demo-2025', 'so-x')).toBe('appraisal:demo-2025:so-x');
    expect(streamId('self-assessment', 'chỉ-số:2025', '100%')).toBe('self-assessment:chỉ-số%3A2025:100%25');
    expect(streamId('cycle', 'demo-2025')).toBe('cycle:demo-2025');
  });

  it("gives the issue's two (cycle, unit) pairs two streams", () => {
    expect(streamId('self-assessment', 'demo', '2025-so-x')).not.toBe(streamId('self-assessment', 'demo-2025', 'so-x'));
  });

  it('never gives two cuts of one text into parts the same id', () => {
    fc.assert(
      fc.property(sameText, ([k, partsA, partsB]) => {
        fc.pre(JSON.stringify(partsA) !== JSON.stringify(partsB));
        expect(streamId(k, ...partsA)).not.toBe(streamId(k, ...partsB));
      }),
      { numRuns: 5_000 },
    );
  });

  it('never gives two distinct (kind, parts) the same id', () => {
    fc.assert(
      fc.property(named, named, ([kindA, partsA], [kindB, partsB]) => {
        fc.pre(kindA !== kindB || JSON.stringify(partsA) !== JSON.stringify(partsB));
        expect(streamId(kindA, ...partsA)).not.toBe(streamId(kindB, ...partsB));
      }),
      { numRuns: 5_000 },
    );
  });

  it('decodes back to its kind and parts', () => {
    fc.assert(
      fc.property(named, ([k, p]) => expect(parseStreamId(streamId(k, ...p))).toEqual({ kind: k, parts: p })),
      { numRuns: 2_000 },
    );
  });

  it('never equals an id of the earlier naming, of any kind', () => {
    fc.assert(fc.property(named, named, ([kindA, partsA], [kindB, partsB]) => expect(streamId(kindA, ...partsA)).not.toBe(legacyStreamId(kindB, ...partsB))));
  });

  it('parses only what it writes', () => {
    for (const text of ['appraisal-demo-2025-so-x', 'cycle-demo', 'appraisal:50%', 'appraisal:%3a', 'cycle', 'unit:so-x', ':demo']) {
      expect(parseStreamId(text)).toBeNull();
    }
  });
});

describe('legacyStreamId: kind and parts joined by -', () => {
  it('is what streams were named before', () => {
    expect(legacyStreamId('appraisal', 'demo-2025', 'so-x')).toBe('appraisal-demo-2025-so-x');
    expect(legacyStreamId('decision', 'demo-2025')).toBe('decision-demo-2025');
  });

  it('gave the two pairs of the issue one id: why a legacy stream is told by its first event', () => {
    expect(legacyStreamId('self-assessment', 'demo', '2025-so-x')).toBe(legacyStreamId('self-assessment', 'demo-2025', 'so-x'));
  });

  it('never gave streams of two kinds one id: no kind is another followed by -', () => {
    fc.assert(
      fc.property(named, named, ([kindA, partsA], [kindB, partsB]) => {
        fc.pre(kindA !== kindB);
        expect(legacyStreamId(kindA, ...partsA)).not.toBe(legacyStreamId(kindB, ...partsB));
      }),
    );
  });

  it('with one part, gave each id its own stream', () => {
    fc.assert(
      fc.property(kind, trickyId, trickyId, (k, a, b) => {
        fc.pre(a !== b);
        expect(legacyStreamId(k, a)).not.toBe(legacyStreamId(k, b));
      }),
    );
  });
});
