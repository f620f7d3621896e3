/** The SubmissionsConfig the module was registered with. */
export const SUBMISSIONS_CONFIG = Symbol('submissions.config');

/** Name of the module's TypeORM data source: unique, so other services' modules can share the process. */
export const READ_MODEL_DATA_SOURCE = 'submissions';
