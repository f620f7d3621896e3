import type { Decider } from './decider';
import type { AppendResult, EventMetadata, EventStore, NewEvent } from './event-store.port';
import type { StreamAddress } from './load-stream';
import { loadState } from './load-state';
import type { FoldedStreams } from './folded-streams';

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
  /** States kept by version: only the events after the kept version are read (see FoldedStreams). */
  folded?: FoldedStreams<Event, State>;
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
  const { streamId, version, state } = options.folded ? await options.folded.load(store, options) : await loadState(store, options, decider);
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
