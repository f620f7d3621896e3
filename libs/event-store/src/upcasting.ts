import type { RecordedEvent } from './event-store.port';

/** Turns the data of one schema version of an event type into the next version's data. */
export type Upcaster<From = any, To = unknown> = (data: From, event: RecordedEvent<From>) => To;

/**
 * Readers' view of old events: each registered step lifts one type from one schema version to the next,
 * and `upcast` applies the chain up to the latest. Stored events never change (their hashes cover them).
 */
export class UpcasterRegistry {
  private readonly steps = new Map<string, Map<number, Upcaster>>();

  /** Registers the step from `fromVersion` to `fromVersion + 1` and returns that next version. */
  register<From = any, To = unknown>(type: string, fromVersion: number, upcaster: Upcaster<From, To>): number {
    if (!Number.isInteger(fromVersion) || fromVersion < 1) throw new Error(`Upcaster for ${type}: fromVersion must be a positive integer`);
    const steps = this.steps.get(type) ?? new Map<number, Upcaster>();
    if (steps.has(fromVersion)) throw new Error(`An upcaster for ${type} v${fromVersion} is already registered`);
    steps.set(fromVersion, upcaster as Upcaster);
    this.steps.set(type, steps);
    return fromVersion + 1;
  }

  upcast<Data = unknown>(event: RecordedEvent): RecordedEvent<Data> {
    const steps = this.steps.get(event.type);
    let current = event;
    for (let step = steps?.get(current.schemaVersion); step; step = steps?.get(current.schemaVersion)) {
      current = { ...current, data: step(current.data, current), schemaVersion: current.schemaVersion + 1 };
    }
    return current as RecordedEvent<Data>;
  }
}
