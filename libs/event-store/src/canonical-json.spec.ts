import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import { toCanonicalJson } from './canonical-json';
import { UnstorableEventError } from './errors';
import { toStorableJson } from './testing/storable-json.reference';

type Outcome = { ok: true; value: unknown; text: string } | { ok: false; path: string; reason: string };

const rejection = (error: unknown): Outcome => {
  if (error instanceof UnstorableEventError) return { ok: false, path: error.path, reason: error.reason };
  throw error;
};

/** The two-pass reference this module replaces on the append path: copy, then the `canonicalize` package. */
function reference(value: unknown): Outcome {
  try {
    const copy = toStorableJson(value, 'data');
    const text = canonicalize(copy);
    if (text === undefined) throw new Error('no JSON form');
    return { ok: true, value: copy, text };
  } catch (error) {
    return rejection(error);
  }
}

function onePass(value: unknown): Outcome {
  try {
    return { ok: true, ...toCanonicalJson(value, 'data') };
  } catch (error) {
    return rejection(error);
  }
}

/**
 * Exactly the same structure: Object.is on leaves (so -0 differs from 0), same prototypes, same own keys in
 * the same order. (toStrictEqual would compare `constructor` properties, which plain data may have as keys.)
 */
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const aKeys = Reflect.ownKeys(a);
  const bKeys = Reflect.ownKeys(b);
  const at = (o: object, k: PropertyKey) => Object.getOwnPropertyDescriptor(o, k)?.value;
  return aKeys.length === bKeys.length && aKeys.every((k, i) => k === bKeys[i] && same(at(a, k), at(b, k)));
}

function expectSameOutcome(ours: Outcome, expected: Outcome): void {
  if (ours.ok && expected.ok) {
    expect(ours.text).toBe(expected.text);
    expect(same(ours.value, expected.value)).toBe(true);
  } else {
    expect(ours).toEqual(expected);
  }
}

/** Strings that stress escaping and ordering: controls, quotes, backslashes, U+2028, non-BMP, BMP above surrogates. */
const trickyChar = fc.constantFrom(
  '\t',
  '\n',
  '\r',
  '\b',
  '\f',
  '\u0001',
  '\u001f',
  '\u007f',
  '"',
  '\\',
  '/',
  '\u2028',
  '\u2029',
  'é',
  '€',
  '\ufb33',
  '\uffff',
  '😀',
  '\u{10ffff}',
  '1',
  'a',
  'A',
  '_',
  ' ',
);
const unicodeString = fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), trickyChar), maxLength: 12 });
const key = fc.oneof(unicodeString, fc.constantFrom('', '__proto__', 'toJSON', 'constructor', 'occurredAt', '0', '1', '10', '9', 'length'));

/** Numbers where ECMAScript's shortest round-trip formatting switches notation or rounds. */
const trickyNumber = fc.constantFrom(
  0,
  -0,
  1,
  -1,
  1e21,
  1e-7,
  1e-6,
  0.000001,
  9.999999999999997e-7,
  1e20,
  123456789012345680000,
  1e300,
  -1e-300,
  5e-324,
  -5e-324,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  2 ** 53,
  0.1 + 0.2,
  1 / 3,
  // eslint-disable-next-line no-loss-of-precision -- RFC 8785's example, rounded on purpose
  333333333.33333329,
  4.5,
  2e-3,
  1e30,
  1e-27,
);
const number = fc.oneof(trickyNumber, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.double({ min: -1e6, max: 1e6, noNaN: true }));

const { json } = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    number,
    unicodeString,
    fc.array(tie('json'), { maxLength: 5 }),
    fc.dictionary(key, tie('json'), { maxKeys: 6 }),
    fc.dictionary(key, tie('json'), { maxKeys: 6, noNullPrototype: false }),
  ),
}));

describe('one-pass canonical JSON (RFC 8785) with storability checks', () => {
  it('writes exactly what `canonicalize` writes for the storable copy, for any JSON value', () => {
    fc.assert(
      fc.property(json, (value) => {
        const ours = onePass(value);
        expectSameOutcome(ours, reference(value));
        if (ours.ok) expect(JSON.parse(ours.text)).toEqual(ours.value);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts, copies and refuses exactly as toStorableJson does, naming the same place, for anything', () => {
    const oddValue = fc.constantFrom<unknown>(
      undefined,
      NaN,
      Infinity,
      -Infinity,
      -0,
      'a\u0000b',
      '\ud800',
      'x\udfff',
      '\ud83d\ude00',
      10n,
      Symbol('s'),
      () => 1,
      new Map([['a', 1]]),
      new Set([1]),
      new Date(0),
      new Date(NaN),
      new Uint8Array([1]),
      Object.create(null),
      new (class Money {})(),
      { toJSON: () => ({ b: 2, a: [1, -0] }) },
      { toJSON: () => undefined },
      { toJSON: () => NaN },
      [undefined],
      { x: undefined },
    );
    const anything = fc.anything({
      key,
      values: [fc.boolean(), number, unicodeString, fc.constant(null), fc.constant(undefined), oddValue],
      maxDepth: 3,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: false, // the one deliberate difference, tested below
    });
    fc.assert(
      fc.property(anything, (value) => {
        expectSameOutcome(onePass(value), reference(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('follows the examples of RFC 8785', () => {
    // §3.2.2: numbers, string escaping, literals.
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], ' +
        '"string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    );
    expect(toCanonicalJson(input, 'data').text).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
    // §3.2.3: keys sorted by UTF-16 code units (so U+1F600, a surrogate pair, sorts before U+FB33).
    const keys = JSON.parse(
      '{"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh", "1": "One", "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control", "\\u00f6": "Latin Small Letter O With Diaeresis"}',
    );
    expect(toCanonicalJson(keys, 'data').text).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign",' +
        '"😀":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
    // Appendix B: IEEE-754 bit patterns and their required text.
    const appendixB: [string, string][] = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    const fromBits = (hex: string) => Buffer.from(hex, 'hex').readDoubleBE(0);
    expect(appendixB.map(([bits]) => toCanonicalJson(fromBits(bits), 'data').text)).toEqual(appendixB.map(([, text]) => text));
    expect(onePass(fromBits('7fffffffffffffff'))).toMatchObject({ ok: false, reason: 'NaN is not a JSON number' });
    expect(onePass(fromBits('7ff0000000000000'))).toMatchObject({ ok: false, reason: 'Infinity is not a JSON number' });
    expect(toCanonicalJson([1e21, 1e-7, -0], 'data').text).toBe('[1e+21,1e-7,0]');
    expect(Object.is(toCanonicalJson(-0, 'data').value, 0)).toBe(true);
  });

  it('adds a default property to the top-level object only, in its sorted place, unless present', () => {
    const occurredAt = { name: 'occurredAt', value: '2025-11-03T02:00:00.000Z' };
    expect(toCanonicalJson({ role: 'R', actor: 'a', nested: {} }, 'm', occurredAt)).toEqual({
      value: { role: 'R', actor: 'a', nested: {}, occurredAt: occurredAt.value },
      text: '{"actor":"a","nested":{},"occurredAt":"2025-11-03T02:00:00.000Z","role":"R"}',
    });
    expect(toCanonicalJson({ occurredAt: 'then', x: undefined }, 'm', occurredAt).text).toBe('{"occurredAt":"then"}');
    expect(toCanonicalJson({ occurredAt: undefined }, 'm', occurredAt).text).toBe('{"occurredAt":"2025-11-03T02:00:00.000Z"}');
    expect(toCanonicalJson({ toJSON: () => ({ b: 1 }) }, 'm', occurredAt).text).toBe('{"b":1,"occurredAt":"2025-11-03T02:00:00.000Z"}');
    expect(toCanonicalJson([1], 'm', occurredAt).text).toBe('[1]');
  });

  it('refuses holes in arrays, which the two-pass path silently dropped from the stored text', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(onePass({ scores: [1, , 3] })).toEqual({ ok: false, path: 'data.scores[1]', reason: expect.stringMatching(/hole in an array/) });
    expect(onePass({ scores: [1, undefined, 3] })).toEqual({ ok: false, path: 'data.scores[1]', reason: 'undefined in an array would be read back as null' });
  });

  it("takes plain data from another realm (a vm, jest's sandbox) as plain, but not its Maps", () => {
    const foreign = runInNewContext('({ b: [{ y: 1, x: null }], a: "é" })');
    expect(Object.getPrototypeOf(foreign)).not.toBe(Object.prototype);
    const text = '{"a":"é","b":[{"x":null,"y":1}]}';
    expect(reference(foreign)).toMatchObject({ ok: true, text });
    expect(onePass(foreign)).toEqual({ ok: true, text, value: { a: 'é', b: [{ y: 1, x: null }] } });
    expect(onePass({ m: runInNewContext('new Map()') })).toMatchObject({ ok: false, path: 'data.m', reason: expect.stringMatching(/a Map is not plain/) });
  });

  it('accepts shared (non-cyclic) references and refuses cycles through arrays and toJSON', () => {
    const shared = { a: 1 };
    expectSameOutcome(onePass({ x: shared, y: [shared, shared] }), reference({ x: shared, y: [shared, shared] }));
    const list: unknown[] = [];
    list.push({ back: list });
    expect(onePass({ list })).toEqual({ ok: false, path: 'data.list[0].back', reason: 'it refers to itself' });
    const loop: Record<string, unknown> = {};
    loop.self = { toJSON: () => loop };
    expect(onePass(loop)).toEqual(reference(loop));
    expect(onePass(loop)).toMatchObject({ ok: false, path: 'data.self' });
  });
});
