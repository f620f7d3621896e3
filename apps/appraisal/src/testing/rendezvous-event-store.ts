import type { AppendOptions, EventStore, NewEvent, ReadAllOptions, ReadStreamOptions, SubscriptionOptions } from '@par/event-store';
import type { PostgresEventStore } from '@par/event-store';

/**
 * A PostgresEventStore that can hold the next N stream reads until all N have read: N writers then
 * decide on the same version, so a test stages a true concurrent change without timing assumptions.
 */
export class RendezvousEventStore implements EventStore {
  private gate?: { expected: number; arrived: number; open: () => void; opened: Promise<void> };

  constructor(private readonly inner: PostgresEventStore) {}

  migrate(): Promise<void> {
    return this.inner.migrate();
  }

  meetAtNextReads(expected: number): void {
    let open = () => undefined as void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    this.gate = { expected, arrived: 0, open, opened };
  }

  async readStream(streamId: string, options?: ReadStreamOptions) {
    const events = await this.inner.readStream(streamId, options);
    const gate = this.gate;
    if (gate) {
      gate.arrived += 1;
      if (gate.arrived >= gate.expected) {
        this.gate = undefined;
        gate.open();
      }
      await gate.opened;
    }
    return events;
  }

  append(streamId: string, events: NewEvent[], options: AppendOptions) {
    return this.inner.append(streamId, events, options);
  }

  readAll(options?: ReadAllOptions) {
    return this.inner.readAll(options);
  }

  subscribe(options: SubscriptionOptions) {
    return this.inner.subscribe(options);
  }

  verify() {
    return this.inner.verify();
  }
}
