/** Injection tokens of what the module builds once: the event store and the clock. */
export const EVENT_STORE = Symbol('submissions.eventStore');
export const CLOCK = Symbol('submissions.clock');

/** The handlers' clock; tests may pin it. ISO-8601 instants. */
export type Clock = () => string;

/** The schema this service owns: event log, read models, consumer bookkeeping. */
export const SUBMISSIONS_SCHEMA = 'submissions';
