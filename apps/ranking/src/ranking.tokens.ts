/** Injection tokens of the ranking module's infrastructure. */
export const RANKING_CONFIG = Symbol('RANKING_CONFIG');
/** The TypeORM DataSource over the read models. */
export const READ_MODELS = Symbol('READ_MODELS');
/** The ranking service's own event store (schema `ranking`): the published decisions. */
export const DECISION_LOG = Symbol('DECISION_LOG');
