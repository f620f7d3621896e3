import { Injectable } from '@nestjs/common';

interface Queue {
  running: Promise<unknown>;
  /** The call that starts once `running` settles, shared by every read that arrived meanwhile. */
  next?: { promise: Promise<unknown>; start: () => void };
}

/**
 * Identical reads that arrive together share one call to the service. A read never joins a call already
 * under way (it might have read before the caller's own write was applied): it joins the next one, which
 * starts as soon as the current one settles. So every read still sees what a read of its own would have
 * seen, while fifty readers of one table cost two calls, not fifty. Keys must hold everything the answer
 * depends on, the caller's identity included where the service scopes answers by caller.
 */
@Injectable()
export class CoalescedReads {
  private readonly queues = new Map<string, Queue>();

  read<T>(key: string, call: () => Promise<T>): Promise<T> {
    const queue = this.queues.get(key);
    if (queue === undefined) return this.run(key, { running: Promise.resolve() }, call) as Promise<T>;
    if (queue.next === undefined) {
      let start!: () => void;
      const promise = new Promise<unknown>((resolve, reject) => (start = () => call().then(resolve, reject)));
      queue.next = { promise, start };
    }
    return queue.next.promise as Promise<T>;
  }

  private run(key: string, queue: Queue, call: () => Promise<unknown>): Promise<unknown> {
    queue.running = call();
    this.queues.set(key, queue);
    const settled = () => {
      const next = queue.next;
      if (next === undefined) {
        this.queues.delete(key);
        return;
      }
      queue.next = undefined;
      queue.running = next.promise;
      next.start();
      next.promise.then(settled, settled);
    };
    queue.running.then(settled, settled);
    return queue.running;
  }
}
