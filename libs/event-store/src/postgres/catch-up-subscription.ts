import { GlobalPosition, RecordedEvent, START, Subscription, SubscriptionOptions } from '../event-store.port';

/** What a catch-up subscription needs from a store whose global order is (transaction id, position). */
export interface CatchUpSource {
  readAll(options: { after: GlobalPosition; limit: number }): Promise<RecordedEvent[]>;
  /** Every transaction id below this has finished (committed or not). */
  horizon(): Promise<bigint>;
  /** Every transaction that has committed so far has an id below this. */
  frontier(): Promise<bigint>;
}

interface CaughtUpWaiter {
  frontier: bigint;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Delivers the log from a checkpoint, one event at a time, then polls for more. The checkpoint advances
 * only after the handler completed, so a restart from `checkpoint` neither skips nor repeats.
 */
export class CatchUpSubscription implements Subscription {
  private position: GlobalPosition;
  private stopped = false;
  private failure: { error: unknown } | undefined;
  private waiters: CaughtUpWaiter[] = [];
  private wakeRequested = false;
  private wakeUp: (() => void) | undefined;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly running: Promise<void>;

  constructor(
    private readonly source: CatchUpSource,
    private readonly options: SubscriptionOptions,
    private readonly onStopped: () => void = () => undefined,
  ) {
    this.position = options.after ?? START;
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.running = this.run();
  }

  get checkpoint(): GlobalPosition {
    return this.position;
  }

  /**
   * Waits until every transaction that had committed at the call has finished being delivered. Transactions
   * still running at the call are waited for too (their ids are below the frontier): conservative, never early.
   */
  async caughtUp(): Promise<void> {
    this.throwIfEnded();
    const frontier = await this.source.frontier();
    this.throwIfEnded();
    return new Promise((resolve, reject) => {
      this.waiters.push({ frontier, resolve, reject });
      this.wake();
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.running;
  }

  /** Polls now instead of at the end of the interval (the store calls it after its own appends). */
  wake(): void {
    this.wakeRequested = true;
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    try {
      while (!this.stopped) await this.pollOnce();
    } catch (error) {
      this.failure = { error };
      this.stopped = true;
      try {
        (this.options.onError ?? console.error)(error);
      } catch {
        // a failing error handler must not turn a stopped subscription into an unhandled rejection
      }
    } finally {
      this.settleWaitersOnEnd();
      this.onStopped();
    }
  }

  private async pollOnce(): Promise<void> {
    const waiting = [...this.waiters];
    // Read before the batch: the batch's own snapshot then covers at least everything below it.
    const horizon = waiting.length > 0 ? await this.source.horizon() : undefined;
    const batch = await this.source.readAll({ after: this.position, limit: this.batchSize });
    if (this.options.handleBatch && batch.length > 0) {
      if (this.stopped) return;
      await this.options.handleBatch(batch);
      this.position = batch[batch.length - 1].globalPosition;
    }
    for (const event of this.options.handleBatch ? [] : batch) {
      if (this.stopped) return;
      await this.options.handler(event);
      this.position = event.globalPosition;
    }
    if (batch.length === this.batchSize) return;
    if (horizon !== undefined) this.resolveWaiters(waiting, horizon);
    await this.pause();
  }

  private resolveWaiters(waiting: CaughtUpWaiter[], horizon: bigint): void {
    const done = waiting.filter((waiter) => waiter.frontier <= horizon);
    this.waiters = this.waiters.filter((waiter) => !done.includes(waiter));
    for (const waiter of done) waiter.resolve();
  }

  private pause(): Promise<void> {
    if (this.wakeRequested || this.stopped) {
      this.wakeRequested = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.wake(), this.pollIntervalMs);
      this.wakeUp = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        this.wakeRequested = false;
        resolve();
      };
    });
  }

  private settleWaitersOnEnd(): void {
    const error = this.failure?.error ?? new Error('The subscription was stopped before it caught up');
    for (const waiter of this.waiters.splice(0)) waiter.reject(error);
  }

  private throwIfEnded(): void {
    if (this.failure) throw this.failure.error;
    if (this.stopped) throw new Error('The subscription is stopped');
  }
}
