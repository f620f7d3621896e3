import type { Decider } from './decider';
import type { AppendResult, EventMetadata, EventStore, NewEvent } from './event-store.port';
import { loadStream, type StreamAddress } from './load-stream';

/** What a decider returns: contract-shaped events; the handler adds metadata (who, role, why). */
export interface DecidedEvent {
  type: string;
  schemaVersion?: number;
  data: unknown;
}

/** The stream is found by its address (its id, and the id an earlier naming gave it: see loadStream). */
export interface HandleCommandOptions<Command, Event extends DecidedEvent, State> extends StreamAddress {
  store: EventStore;
  decider: Decider<Command, Event, State>;
  command: Command;
  /** Actor, role, reason, correlation: the same for every event this command produces. */
  metadata: EventMetadata;
}

export interface HandledCommand<Event> {
  /** The stream read and appended to: the current id, or the legacy one the stream is under. */
  streamId: string;
  events: Event[];
  /** The stream's version after the command (unchanged when the command decided nothing). */
  version: number;
  appended: AppendResult | null;
}

/**
 * One command, the event-sourced way: read the stream, fold it, decide, append what was decided with
 * the version read as the expected version. A concurrent writer makes the append throw
 * WrongExpectedVersionError and nothing is written; a command that changes nothing appends nothing.
 */
export async function handleCommand<Command, Event extends DecidedEvent, State>(
  options: HandleCommandOptions<Command, Event, State>,
): Promise<HandledCommand<Event>> {
  const { store, decider, command, metadata } = options;
  const { streamId, events: history } = await loadStream(store, options);
  const state = history.reduce((current, recorded) => decider.evolve(current, asDecided<Event>(recorded)), decider.initialState());
  const version = history.length === 0 ? 0 : history[history.length - 1].streamVersion;
  const events = decider.decide(command, state);
  if (events.length === 0) return { streamId, events, version, appended: null };
  const toAppend: NewEvent[] = events.map((event) => ({
    type: event.type,
    schemaVersion: event.schemaVersion ?? 1,
    data: event.data,
    metadata,
  }));
  const appended = await store.append(streamId, toAppend, { expectedVersion: version });
  return { streamId, events, version: appended.nextExpectedVersion, appended };
}

/** Deciders fold the contract shape back: type, schema version and data of each recorded event. */
function asDecided<Event>(recorded: { type: string; schemaVersion: number; data: unknown }): Event {
  return { type: recorded.type, schemaVersion: recorded.schemaVersion, data: recorded.data } as Event;
}
