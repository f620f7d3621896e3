/**
 * What a batch leaves in a table whose upsert moves only forward in the source stream (`WHERE source_version
 * < EXCLUDED.source_version`): of the rows written to one key, applied in order, the first one with the
 * highest version stands. So a batch need only write that one row per key, with the same guard.
 */
export class LatestRows<Row extends { readonly version: number }> {
  private readonly rows = new Map<string, Row>();

  constructor(private readonly keyOf: (row: Row) => string) {}

  add(row: Row): void {
    const key = this.keyOf(row);
    const held = this.rows.get(key);
    if (held === undefined || row.version > held.version) this.rows.set(key, row);
  }

  get size(): number {
    return this.rows.size;
  }

  values(): Row[] {
    return [...this.rows.values()];
  }
}

/**
 * A key from its parts, joined by NUL: PostgreSQL's text cannot hold that character, so parts that contain it
 * fail the batch's statements anyway (and the batch is then applied event by event, as live).
 */
export function keyOf(...parts: readonly (string | number)[]): string {
  return parts.join('\u0000');
}
