import { Points } from '@par/domain';

/** A leaf's value in the appraisal: points, or null when the leaf is not applicable to the unit. */
export type LeafValue = Points | null;

export function sameValue(a: LeafValue, b: LeafValue): boolean {
  return a === null || b === null ? a === b : a.equals(b);
}

/** The event form: "1.50", or null for not applicable. */
export function valueText(value: LeafValue): string | null {
  return value === null ? null : value.toString();
}

export function valueFromText(text: string | null): LeafValue {
  return text === null ? null : Points.of(text);
}
