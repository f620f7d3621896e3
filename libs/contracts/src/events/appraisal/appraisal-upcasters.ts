import { UpcasterRegistry } from '../upcaster-registry';

/**
 * How every reader of the appraisal log (its event store, the consumers of par.appraisal.events.v1) lifts
 * an event stored under an older schema version to APPRAISAL_SCHEMA_VERSION. No steps while every type is
 * at version 1: a breaking change to an event's data registers its step here, e.g.
 *   appraisalUpcasters.register<CriterionAppraisedV1>('CriterionAppraised', 1, (data) => ({ ...data, … }));
 */
export const appraisalUpcasters = new UpcasterRegistry();
