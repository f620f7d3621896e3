import type { Decider } from './decider';
import type { EventStore, RecordedEvent } from './event-store.port';
import { loadStream, type StreamAddress } from './load-stream';

/** What folding a decider needs: its initial state and how one event changes it. */
export type Fold<Event, State> = Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>;

export interface LoadedState<State> {
  /** The id the events are under: the current id, or the legacy one the stream is under (see loadStream). */
  streamId: string;
  /** The last event's stream version; 0 for a stream with no events. Append at this expected version. */
  version: number;
  state: State;
}

/** A stream's state: the stream loaded by its address and folded with the decider. */
export async function loadState<Event, State>(store: EventStore, address: StreamAddress, decider: Fold<Event, State>): Promise<LoadedState<State>> {
  const { streamId, events } = await loadStream(store, address);
  const version = events.length === 0 ? 0 : events[events.length - 1].streamVersion;
  return { streamId, version, state: foldRecorded(decider, events) };
}

/** Recorded events folded with a decider, each as the decider knows it (see asDecided). */
export function foldRecorded<Event, State>(decider: Fold<Event, State>, recorded: readonly RecordedEvent[]): State {
  return recorded.reduce((current, event) => decider.evolve(current, asDecided<Event>(event)), decider.initialState());
}

/** Deciders fold the contract shape back: type, schema version and data of each recorded event. */
export function asDecided<Event>(recorded: Pick<RecordedEvent, 'type' | 'schemaVersion' | 'data'>): Event {
  return { type: recorded.type, schemaVersion: recorded.schemaVersion, data: recorded.data } as Event;
}
