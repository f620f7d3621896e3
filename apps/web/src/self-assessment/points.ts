// Points arrive as decimal text with at most 2 places ("1.25"). Sums and differences are made in whole
// hundredths, which a JavaScript number holds exactly, so no value ever passes through a float fraction.

const DECIMAL = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** "1.25" → 125; "2" → 200; null when the text is not a decimal with at most 2 places. */
export function hundredthsOf(points: string | number | null | undefined): number | null {
  if (points === null || points === undefined) return null;
  const match = DECIMAL.exec(String(points).trim());
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign === '-' ? -value : value;
}

/** 125 → "1.25"; -50 → "-0.50": the API's own way of writing points. */
export function pointsOf(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const size = Math.abs(hundredths);
  return `${sign}${Math.floor(size / 100)}.${String(size % 100).padStart(2, '0')}`;
}

/** The sum of the values given (absent ones count nothing), as points text: ["0.75", null, "1"] → "1.75". */
export function sumPoints(values: readonly (string | null | undefined)[]): string {
  return pointsOf(values.reduce((total, value) => total + (hundredthsOf(value) ?? 0), 0));
}

/** The same points however written: "0.5" and "0.50". Absent equals absent only. */
export function samePoints(a: string | null | undefined, b: string | null | undefined): boolean {
  const [left, right] = [hundredthsOf(a), hundredthsOf(b)];
  return left === right;
}

/** A ratio in [0, 1] as a percentage in text, by moving the point: "0.95" → "95", "1" → "100", "0.955" → "95.5". */
export function ratioAsPercent(ratio: string | number): string {
  const [whole, fraction = ''] = String(ratio).split('.');
  const digits = `${whole}${fraction.padEnd(2, '0')}`;
  const percent = `${digits.slice(0, whole.length + 2)}.${digits.slice(whole.length + 2)}`.replace(/\.$/, '');
  return percent.replace(/^0+(?=\d)/, '');
}
