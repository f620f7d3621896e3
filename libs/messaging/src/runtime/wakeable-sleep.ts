/**
 * Sleeps that `wakeAll()` cuts short: pollers and retry loops wait with it so that stop() returns
 * promptly instead of after the longest backoff. Several sleeps may run at once (one per partition).
 */
export class WakeableSleep {
  private readonly sleepers = new Set<() => void>();

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });
  }

  wakeAll(): void {
    for (const wake of [...this.sleepers]) wake();
  }
}
