/** Nest injection tokens of the survey service (values: see survey.module.ts). */
export const SURVEY_CONFIG = Symbol('SURVEY_CONFIG');
export const SURVEY_EVENT_STORE = Symbol('SURVEY_EVENT_STORE');
/** The @par/contracts Clock events are stamped by. */
export const CLOCK = Symbol('CLOCK');
