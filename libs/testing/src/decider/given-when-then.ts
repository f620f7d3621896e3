import type { Decider } from '@par/event-store';

/**
 * Decider tests that read like the business:
 *   given(decider, selfScored('1.1', '1.00')).when(appraise('1.1', '0.75')).thenRejects('REASON_REQUIRED')
 */
export function given<Command, Event, State>(decider: Decider<Command, Event, State>, ...history: NoInfer<Event>[]) {
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
