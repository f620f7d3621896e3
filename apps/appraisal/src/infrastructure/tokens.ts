/** Nest injection tokens of the appraisal service (values: see appraisal.module.ts). */
export const APPRAISAL_CONFIG = Symbol('APPRAISAL_CONFIG');
export const APPRAISAL_EVENT_STORE = Symbol('APPRAISAL_EVENT_STORE');
/** The @par/contracts Clock the service decides "now" by. */
export const CLOCK = Symbol('CLOCK');
