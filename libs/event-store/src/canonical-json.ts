import { UnstorableEventError } from './errors';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A value made storable: its plain-JSON copy and that copy's RFC 8785 canonical text. */
export interface CanonicalJson {
  value: JsonValue;
  text: string;
}

/** A property to add to the top-level object when it lacks it (metadata.occurredAt). */
export interface DefaultProperty {
  name: string;
  value: string;
}

/**
 * One walk over `value` that both refuses what the log could not give back unchanged and writes RFC 8785
 * (JCS) text: the same acceptance, copy and errors as the reference `toStorableJson`, and the same text as
 * the `canonicalize` package gives for that copy (property-tested against both in canonical-json.spec.ts).
 *
 * Refused, naming where: NUL and lone surrogates in strings or keys (jsonb rejects them), NaN and ±Infinity,
 * bigint, functions, symbols, undefined, objects that are neither arrays nor plain (a Map, a class instance)
 * unless they have toJSON, undefined in an array, holes in an array, cycles. Dropped: properties whose
 * value is undefined. Converted: -0 to 0, objects with toJSON to what it returns.
 *
 * RFC 8785: keys sorted by UTF-16 code units; numbers as ECMAScript's Number::toString (what JSON.stringify
 * writes); strings escaped as JSON.stringify escapes them (", \, \b \f \n \r \t, other controls as \u00xx).
 */
export function toCanonicalJson(value: unknown, path: string, defaultProperty?: DefaultProperty): CanonicalJson {
  const writer = new Writer(path);
  const copy = writer.walk(value, defaultProperty);
  return { value: copy, text: writer.text };
}

/**
 * RFC 8785 text of `value`, refusing what `toCanonicalJson` refuses (naming `path`): the one canonical-JSON
 * writer behind every hash (event content on append and on verify, published snapshots).
 */
export function canonicalJson(value: unknown, path = 'value'): string {
  return toCanonicalJson(value, path).text;
}

/**
 * The prototype of plain data (an object literal, JSON.parse, Object.create(null)): Object.prototype of this
 * realm or of another one (jest's sandbox, structuredClone there), whose own prototype is null.
 */
export function isPlainPrototype(prototype: object | null): boolean {
  return prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null;
}

/** JSON text of a string after the storability checks. */
export function canonicalString(value: string, path: string): string {
  return NEEDS_CARE.test(value) ? escapedString(value, path) : `"${value}"`;
}

/**
 * A string with none of these is written as is between quotes: JSON.stringify (hence RFC 8785) escapes only
 * ", \ and the controls below U+0020, and only surrogates can be lone. NUL is a control, so it is covered.
 */
// eslint-disable-next-line no-control-regex -- the controls are exactly what must be escaped
const NEEDS_CARE = /[\u0000-\u001f"\\\ud800-\udfff]/;
const LONE_SURROGATE = /\p{Cs}/u;

function escapedString(value: string, path: string): string {
  if (value.includes('\u0000')) throw new UnstorableEventError(path, 'PostgreSQL cannot store the NUL character (\\u0000)');
  if (LONE_SURROGATE.test(value)) throw new UnstorableEventError(path, 'it contains a lone UTF-16 surrogate (not valid Unicode)');
  return JSON.stringify(value);
}

/**
 * The walk's state. `text` holds the text of the value walked last (each walk returns the copy), and the
 * path of the value being walked is kept as segments, turned into a string only for an error.
 */
class Writer {
  text = '';
  private readonly segments: (string | number)[] = [];
  /** The objects being walked, outermost first (JSON nesting is shallow: a stack beats a Set). */
  private readonly ancestors: object[] = [];

  constructor(private readonly root: string) {}

  walk(value: unknown, defaultProperty?: DefaultProperty): JsonValue {
    switch (typeof value) {
      case 'string':
        this.text = NEEDS_CARE.test(value) ? escapedString(value, this.path()) : `"${value}"`;
        return value;
      case 'boolean':
        this.text = value ? 'true' : 'false';
        return value;
      case 'number':
        if (!Number.isFinite(value)) throw new UnstorableEventError(this.path(), `${value} is not a JSON number`);
        this.text = String(value); // Number::toString, as RFC 8785 prescribes; -0 gives "0"
        return value === 0 ? 0 : value; // -0 is written as 0 by JSON
      case 'object':
        if (value === null) {
          this.text = 'null';
          return null;
        }
        return this.walkObject(value, defaultProperty);
      default:
        throw new UnstorableEventError(this.path(), `a ${typeof value} is not JSON`);
    }
  }

  private walkObject(value: object, defaultProperty: DefaultProperty | undefined): JsonValue {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return this.walk(toJSON.call(value), defaultProperty);
    const ancestors = this.ancestors;
    if (ancestors.includes(value)) throw new UnstorableEventError(this.path(), 'it refers to itself');
    // No try/finally: an error ends the whole walk, and a Writer is never reused.
    ancestors.push(value);
    let copy: JsonValue;
    if (Array.isArray(value)) {
      copy = this.walkArray(value);
    } else {
      const prototype = Object.getPrototypeOf(value);
      if (!isPlainPrototype(prototype)) {
        const kind = prototype?.constructor?.name ?? 'object';
        throw new UnstorableEventError(this.path(), `a ${kind} is not plain JSON data (convert it, or give it a toJSON)`);
      }
      copy = this.walkPlainObject(value as Record<string, unknown>, defaultProperty);
    }
    ancestors.pop();
    return copy;
  }

  private walkArray(array: readonly unknown[]): JsonValue[] {
    const length = array.length;
    const copy = new Array<JsonValue>(length);
    let text = '[';
    const segments = this.segments;
    for (let index = 0; index < length; index++) {
      const item = array[index];
      segments.push(index);
      if (item === undefined) {
        const reason =
          index in array ? 'undefined in an array would be read back as null' : 'a hole in an array is not JSON (it would be read back as null or dropped)';
        throw new UnstorableEventError(this.path(), reason);
      }
      copy[index] = this.walk(item);
      segments.pop();
      text += index === 0 ? this.text : `,${this.text}`;
    }
    this.text = `${text}]`;
    return copy;
  }

  private walkPlainObject(object: Record<string, unknown>, defaultProperty: DefaultProperty | undefined): { [key: string]: JsonValue } {
    const copy: { [key: string]: JsonValue } = {};
    // Own enumerable string keys in property order, as Object.entries and JSON.stringify visit them.
    const keys = Object.keys(object);
    const names: string[] = [];
    const members: string[] = []; // `"name":text`, in the order of `names`
    const segments = this.segments;
    for (let i = 0; i < keys.length; i++) {
      const name = keys[i];
      const item = object[name];
      if (item === undefined) continue;
      segments.push(name);
      const quoted = NEEDS_CARE.test(name) ? escapedString(name, `${this.path()} (the key)`) : `"${name}"`;
      const itemCopy = this.walk(item);
      segments.pop();
      if (name === '__proto__') Object.defineProperty(copy, name, { value: itemCopy, enumerable: true, writable: true, configurable: true });
      else copy[name] = itemCopy;
      names.push(name);
      members.push(`${quoted}:${this.text}`);
    }
    if (defaultProperty !== undefined && copy[defaultProperty.name] === undefined) {
      copy[defaultProperty.name] = defaultProperty.value;
      names.push(defaultProperty.name);
      members.push(`${JSON.stringify(defaultProperty.name)}:${JSON.stringify(defaultProperty.value)}`);
    }
    this.text = `{${sortedMembers(names, members)}}`;
    return copy;
  }

  private path(): string {
    let path = this.root;
    for (const segment of this.segments) path += typeof segment === 'number' ? `[${segment}]` : `.${segment}`;
    return path;
  }
}

/**
 * The members joined in the order of their names' UTF-16 code units (`<` on strings compares code units,
 * as Array.prototype.sort does by default; keys are unique, so there are no ties). Objects have few keys:
 * an insertion sort of the two arrays in place, no allocation when they are already in order.
 */
function sortedMembers(names: string[], members: string[]): string {
  for (let i = 1; i < names.length; i++) {
    const name = names[i];
    if (names[i - 1] < name) continue;
    const member = members[i];
    let j = i - 1;
    for (; j >= 0 && names[j] > name; j--) {
      names[j + 1] = names[j];
      members[j + 1] = members[j];
    }
    names[j + 1] = name;
    members[j + 1] = member;
  }
  return members.join(',');
}
