import { UpcasterRegistry } from '../upcaster-registry';

/**
 * How every reader of the submissions log (its event store, the consumers of par.submissions.events.v1)
 * lifts an event stored under an older schema version to SUBMISSIONS_SCHEMA_VERSION. No steps while every
 * type is at version 1: a breaking change to an event's data registers its step here, e.g.
 *   submissionsUpcasters.register<CriterionSelfScoredV1>('CriterionSelfScored', 1, (data) => ({ ...data, … }));
 */
export const submissionsUpcasters = new UpcasterRegistry();
