/**
 * The number a decimal string denotes, when a double holds it exactly enough to read back as the same
 * decimal ("87.64" → 87.64, "1.00" → 1); undefined otherwise ("0.1234567890123456789", "1e400").
 */
export function exactNumber(decimal: string): number | undefined {
  if (!/^-?\d+(\.\d+)?$/.test(decimal)) return undefined;
  const value = Number(decimal);
  if (!Number.isFinite(value)) return undefined;
  return withoutTrailingZeros(String(value)) === withoutTrailingZeros(decimal.replace(/^(-?)0+(?=\d)/, '$1')) ? value : undefined;
}

function withoutTrailingZeros(decimal: string): string {
  return decimal.includes('.') ? decimal.replace(/0+$/, '').replace(/\.$/, '') : decimal;
}
