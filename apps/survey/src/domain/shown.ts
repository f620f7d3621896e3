/** A value from a file as an error message shows it: quoted and cut short, never echoed whole. */
export function shown(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}
