/**
 * Wall-clock milliseconds since the epoch, to the microsecond: comparable with the database's timestamps and
 * Kafka's message timestamps (one machine, one clock), and monotonic within the run.
 */
export const now = (): number => performance.timeOrigin + performance.now();

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
