import { isPlainPrototype, JsonValue } from '../canonical-json';
import { UnstorableEventError } from '../errors';

const LONE_SURROGATE = /\p{Cs}/u;

/**
 * The reference for what may be stored, for the property tests of canonical-json.ts (which does the same
 * checks and copy while writing the canonical text, in one walk): the plain two-pass reading of the rules.
 *
 * Copies `value` into plain JSON, refusing whatever would not come back from PostgreSQL's jsonb exactly as it
 * was hashed: jsonb rejects NUL and lone surrogates; JSON turns NaN and array holes into null and Maps into {}.
 * Properties whose value is undefined are dropped (an absent optional field), as JSON.stringify does.
 * Objects with toJSON (Date, Decimal) are stored as what toJSON returns, so readers get that back.
 */
export function toStorableJson(value: unknown, path: string): JsonValue {
  return copy(value, path, new Set());
}

function copy(value: unknown, path: string, ancestors: Set<object>): JsonValue {
  switch (typeof value) {
    case 'string':
      return checkedString(value, path);
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new UnstorableEventError(path, `${value} is not a JSON number`);
      return value === 0 ? 0 : value; // -0 is written as 0 by JSON
    case 'object':
      return value === null ? null : copyObject(value, path, ancestors);
    default:
      throw new UnstorableEventError(path, `a ${typeof value} is not JSON`);
  }
}

function copyObject(value: object, path: string, ancestors: Set<object>): JsonValue {
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return copy(toJSON.call(value), path, ancestors);
  if (ancestors.has(value)) throw new UnstorableEventError(path, 'it refers to itself');
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((item, index) => copyArrayItem(item, `${path}[${index}]`, ancestors));
    const prototype = Object.getPrototypeOf(value);
    if (!isPlainPrototype(prototype)) {
      const kind = prototype?.constructor?.name ?? 'object';
      throw new UnstorableEventError(path, `a ${kind} is not plain JSON data (convert it, or give it a toJSON)`);
    }
    const result: { [key: string]: JsonValue } = {};
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      const itemPath = `${path}.${key}`;
      setOwn(result, checkedString(key, `${itemPath} (the key)`), copy(item, itemPath, ancestors));
    }
    return result;
  } finally {
    ancestors.delete(value);
  }
}

function copyArrayItem(item: unknown, path: string, ancestors: Set<object>): JsonValue {
  if (item === undefined) throw new UnstorableEventError(path, 'undefined in an array would be read back as null');
  return copy(item, path, ancestors);
}

function checkedString(value: string, path: string): string {
  if (value.includes('\u0000')) throw new UnstorableEventError(path, 'PostgreSQL cannot store the NUL character (\\u0000)');
  if (LONE_SURROGATE.test(value)) throw new UnstorableEventError(path, 'it contains a lone UTF-16 surrogate (not valid Unicode)');
  return value;
}

/** `result[key] = …` would set the prototype for the key "__proto__" instead of storing it. */
function setOwn(target: { [key: string]: JsonValue }, key: string, value: JsonValue): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
