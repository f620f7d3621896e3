// Max points are summed in hundredths of a point, as whole numbers: "0.25" + "0.50" is exactly "0.75", never a float's 0.7500000001.

const DECIMAL = /^\s*(\d+)(?:[.,](\d{1,2}))?\s*$/;

/** "1.25" → 125n, "1" → 100n, "0,5" → 50n; anything else (negative, 3 places, text) → undefined. */
export function hundredthsOf(text: string | number | null | undefined): bigint | undefined {
  if (text === null || text === undefined) return undefined;
  const match = DECIMAL.exec(String(text));
  if (!match) return undefined;
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** 7550n → "75.50": the API's decimal text, 2 places. */
export function pointsTextOf(hundredths: bigint): string {
  const sign = hundredths < 0n ? '-' : '';
  const size = hundredths < 0n ? -hundredths : hundredths;
  return `${sign}${size / 100n}.${String(size % 100n).padStart(2, '0')}`;
}

/** A decimal as the API takes it ("1.5" → "1.50"), or undefined when it is not one. */
export function normalizedPoints(text: string | number | null | undefined): string | undefined {
  const hundredths = hundredthsOf(text);
  return hundredths === undefined ? undefined : pointsTextOf(hundredths);
}
