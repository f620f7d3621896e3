/**
 * proto3 has no null: a reply leaves an absent value unset (an `optional` field). Over HTTP an absent
 * value is null, never ''; '' reads as absent too, as services answered before their fields were optional.
 */
export function absentAsNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value;
}

/** Only the fields that are present: for shapes whose OpenAPI document says the field is optional (omitted when absent). */
export function presentFields<T extends Record<string, string | null | undefined>>(fields: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => absentAsNull(value) !== null)) as { [K in keyof T]?: string };
}
