/** Injection tokens of what the module builds once: its options, the event store and the clock (@par/contracts Clock). */
export const SUBMISSIONS_OPTIONS = Symbol('submissions.options');
export const EVENT_STORE = Symbol('submissions.eventStore');
export const CLOCK = Symbol('submissions.clock');

/** The schema this service owns: event log, read models, consumer bookkeeping. */
export const SUBMISSIONS_SCHEMA = 'submissions';

/** Name of the module's TypeORM data source: unique, so other services' modules can share the process. */
export const READ_MODEL_DATA_SOURCE = 'submissions';
