/** The precompressed copies a build holds beside each text asset (apps/web/tooling/precompress.ts), best first. */
export const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

export type Precompressed = (typeof PRECOMPRESSED)[number];

/** The precompressed copies an Accept-Encoding header admits, best first (a token with q=0 is refused). */
export function acceptedCopies(header: string | undefined): Precompressed[] {
  const accepted = new Set(
    (header ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, ...parameters]) => !parameters.some((parameter) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(parameter)))
      .map(([token]) => token.trim().toLowerCase()),
  );
  return PRECOMPRESSED.filter(({ encoding }) => accepted.has(encoding));
}
