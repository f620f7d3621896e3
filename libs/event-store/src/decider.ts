/**
 * An aggregate as two pure functions (the Emmett / Chassaing "decider"): `decide` turns a command and
 * the current state into new events or throws a domain error; `evolve` folds one event into state.
 * Command handlers load a stream, fold it with `evolve`, call `decide`, and append what it returns with
 * the version they loaded as the expected version — the aggregate itself never touches storage.
 */
export interface Decider<Command, Event, State> {
  initialState: () => State;
  decide: (command: Command, state: State) => Event[];
  evolve: (state: State, event: Event) => State;
}

export function foldEvents<Event, State>(decider: Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>, events: readonly Event[]): State {
  return events.reduce(decider.evolve, decider.initialState());
}
