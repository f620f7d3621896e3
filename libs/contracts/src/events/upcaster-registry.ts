/**
 * What an upcast step sees of an event. Structural, like the envelope's source event: a store's recorded
 * event and a transport's envelope both fit it, so one registry serves every reader of a log.
 */
export interface VersionedEvent<Data = unknown> {
  readonly streamId: string;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly metadata: Readonly<Record<string, unknown>>;
}

/** Turns the data of one schema version of an event type into the next version's data. */
export type UpcastStep<From = unknown, To = unknown> = (data: From, event: VersionedEvent<From>) => To;

/**
 * Readers' view of old events: each registered step lifts one type from one schema version to the next,
 * and `upcast` applies the chain up to the latest. Stored events never change (their hashes cover them).
 */
export class UpcasterRegistry {
  private readonly steps = new Map<string, Map<number, UpcastStep>>();

  /** Registers the step from `fromVersion` to `fromVersion + 1` and returns that next version. */
  register<From = unknown, To = unknown>(type: string, fromVersion: number, step: UpcastStep<From, To>): number {
    if (!Number.isInteger(fromVersion) || fromVersion < 1) throw new Error(`Upcaster for ${type}: fromVersion must be a positive integer`);
    const steps = this.steps.get(type) ?? new Map<number, UpcastStep>();
    if (steps.has(fromVersion)) throw new Error(`An upcaster for ${type} v${fromVersion} is already registered`);
    steps.set(fromVersion, step as UpcastStep<never> as UpcastStep); // each step is called only with its own version's data
    this.steps.set(type, steps);
    return fromVersion + 1;
  }

  /** The event at its type's latest version: a new object when a step applied, the same one otherwise. */
  upcast<Event extends VersionedEvent>(event: Event): Event {
    const steps = this.steps.get(event.type);
    let current = event;
    for (let step = steps?.get(current.schemaVersion); step; step = steps?.get(current.schemaVersion)) {
      current = { ...current, data: step(current.data, current), schemaVersion: current.schemaVersion + 1 };
    }
    return current;
  }
}
