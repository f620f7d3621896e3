/**
 * Whether two pieces of event data are the same, whatever the order of their keys: a stored event comes back
 * from jsonb with its keys reordered, and "the same file twice" must still be recognised.
 */
export function sameData(a: unknown, b: unknown): boolean {
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => [key, sorted(record[key])]),
  );
}
