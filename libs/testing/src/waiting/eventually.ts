/**
 * Retries an assertion until it passes. Needed wherever a test waits for the read horizon: it is
 * cluster-wide, so a transaction of another test file, in another database, can hold it back a moment.
 */
export async function eventually<T>(assertion: () => Promise<T>, timeoutMs = 10_000, intervalMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
