export interface BackoffOptions {
  initialDelayMs: number;
  maxDelayMs: number;
}

/**
 * Exponential delay for the n-th consecutive failure (n ≥ 1), capped, with up to 20 % jitter so that
 * several instances failing on the same outage do not retry in lockstep.
 */
export function backoffDelay(failures: number, { initialDelayMs, maxDelayMs }: BackoffOptions): number {
  const exponential = initialDelayMs * 2 ** Math.min(Math.max(failures - 1, 0), 30);
  const capped = Math.min(exponential, maxDelayMs);
  return Math.round(capped * (0.8 + Math.random() * 0.2));
}
