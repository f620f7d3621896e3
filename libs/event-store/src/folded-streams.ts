import type { EventStore } from './event-store.port';
import { asDecided, type Fold, type LoadedState, loadState } from './load-state';
import type { StreamAddress } from './load-stream';

/**
 * Folded states kept by stream version: a stream read before is brought up to date by reading only the
 * events after the version it was folded to (usually none: one short query instead of the whole stream),
 * and folding those onto the kept state. For handlers that decide many commands on the same streams
 * (every self-assessment command needs its cycle; an import appraises a unit leaf by leaf). States must
 * be treated as immutable, as deciders already do. The oldest entry goes once `capacity` are kept.
 */
export class FoldedStreams<Event, State> {
  private readonly kept = new Map<string, LoadedState<State>>();

  constructor(
    private readonly decider: Fold<Event, State>,
    private readonly capacity = 1_000,
  ) {}

  async load(store: EventStore, address: StreamAddress): Promise<LoadedState<State>> {
    const key = address.streamId;
    const kept = this.kept.get(key);
    // An empty stream is not kept: its first event may yet be found under a legacy id (see loadStream).
    if (!kept || kept.version === 0) return this.keep(key, await loadState(store, address, this.decider));
    const newer = await store.readStream(kept.streamId, { fromVersion: kept.version + 1 });
    if (newer.length === 0) return kept;
    if (newer[0].streamVersion !== kept.version + 1) return this.keep(key, await loadState(store, address, this.decider));
    const state = newer.reduce((current, event) => this.decider.evolve(current, asDecided<Event>(event)), kept.state);
    return this.keep(key, { streamId: kept.streamId, version: newer[newer.length - 1].streamVersion, state });
  }

  private keep(key: string, loaded: LoadedState<State>): LoadedState<State> {
    this.kept.delete(key);
    this.kept.set(key, loaded);
    if (this.kept.size > this.capacity) this.kept.delete(this.kept.keys().next().value as string);
    return loaded;
  }
}
