/** Injection tokens of the ranking module's infrastructure. */
export const RANKING_OPTIONS = Symbol('RANKING_OPTIONS');
/** The TypeORM DataSource over the read models. */
export const READ_MODELS = Symbol('READ_MODELS');
/** The ranking service's own event store (schema `ranking`): the published decisions. */
export const DECISION_LOG = Symbol('DECISION_LOG');
/** The Clock (@par/contracts) decisions are recorded at. */
export const CLOCK = Symbol('CLOCK');
