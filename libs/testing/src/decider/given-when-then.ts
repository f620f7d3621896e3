/**
 * What given() needs of a decider: the shape of @par/event-store's `Decider`, restated so that libs/testing
 * does not depend on event-store, whose own tests use libs/testing (a cycle between the two libraries).
 */
export interface DeciderUnderTest<Command, Event, State> {
  initialState: () => State;
  decide: (command: Command, state: State) => Event[];
  evolve: (state: State, event: Event) => State;
}

/**
 * Decider tests that read like the business:
 *   given(decider, selfScored('1.1', '1.00')).when(appraise('1.1', '0.75')).thenRejects('REASON_REQUIRED')
 */
export function given<Command, Event, State>(decider: DeciderUnderTest<Command, Event, State>, ...history: NoInfer<Event>[]) {
  const state = history.reduce(decider.evolve, decider.initialState());
  return {
    when(command: Command) {
      const outcome = (): Event[] => decider.decide(command, state);
      return {
        then(...expected: Event[]): void {
          expect(outcome()).toEqual(expected);
        },
        thenMatches(...expected: unknown[]): void {
          expect(outcome()).toMatchObject(expected);
        },
        /** The command is refused with this error code (and, by construction, no events). */
        thenRejects(code: string): void {
          let events: Event[] | undefined;
          try {
            events = outcome();
          } catch (error) {
            expect(error).toMatchObject({ code });
            return;
          }
          throw new Error(`expected the command to be rejected with ${code}, but it decided ${JSON.stringify(events)}`);
        },
      };
    },
  };
}
