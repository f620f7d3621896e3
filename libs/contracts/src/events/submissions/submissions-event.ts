import { z } from 'zod';
import { applicabilitySetSchema } from './applicability-set.event';
import { criteriaSetCorrectedSchema } from './criteria-set-corrected.event';
import { criteriaSetDefinedSchema } from './criteria-set-defined.event';
import { criterionSelfScoredSchema } from './criterion-self-scored.event';
import { cycleClosedSchema } from './cycle-closed.event';
import { cycleCreatedSchema } from './cycle-created.event';
import { cycleOpenedSchema } from './cycle-opened.event';
import { deadlinesSetSchema } from './deadlines-set.event';
import { groupDefinedSchema } from './group-defined.event';
import { selfAssessmentReopenedSchema } from './self-assessment-reopened.event';
import { selfAssessmentSubmittedSchema } from './self-assessment-submitted.event';
import { selfScoreClearedSchema } from './self-score-cleared.event';
import { SubmissionsEventType } from './submissions-event-types';
import { unitRegisteredSchema } from './unit-registered.event';
import { unitRenamedSchema } from './unit-renamed.event';

/** Each submissions event type with its schema; the unions below and the edge parser are built from it. */
export const submissionsEventSchemas = {
  CycleCreated: cycleCreatedSchema,
  GroupDefined: groupDefinedSchema,
  CriteriaSetDefined: criteriaSetDefinedSchema,
  UnitRegistered: unitRegisteredSchema,
  UnitRenamed: unitRenamedSchema,
  ApplicabilitySet: applicabilitySetSchema,
  DeadlinesSet: deadlinesSetSchema,
  CycleOpened: cycleOpenedSchema,
  CriteriaSetCorrected: criteriaSetCorrectedSchema,
  CycleClosed: cycleClosedSchema,
  CriterionSelfScored: criterionSelfScoredSchema,
  SelfScoreCleared: selfScoreClearedSchema,
  SelfAssessmentSubmitted: selfAssessmentSubmittedSchema,
  SelfAssessmentReopened: selfAssessmentReopenedSchema,
} as const satisfies Record<SubmissionsEventType, z.ZodType>;

export const cycleEventUnionSchema = z.discriminatedUnion('type', [
  cycleCreatedSchema,
  groupDefinedSchema,
  criteriaSetDefinedSchema,
  unitRegisteredSchema,
  unitRenamedSchema,
  applicabilitySetSchema,
  deadlinesSetSchema,
  cycleOpenedSchema,
  criteriaSetCorrectedSchema,
  cycleClosedSchema,
]);

export const selfAssessmentEventUnionSchema = z.discriminatedUnion('type', [
  criterionSelfScoredSchema,
  selfScoreClearedSchema,
  selfAssessmentSubmittedSchema,
  selfAssessmentReopenedSchema,
]);

export const submissionsEventUnionSchema = z.discriminatedUnion('type', [cycleEventUnionSchema, selfAssessmentEventUnionSchema]);

/** Any event of a Cycle stream (`cycle:<cycleId>`). */
export type CycleEvent = z.infer<typeof cycleEventUnionSchema>;
/** Any event of a Self-assessment stream (`self-assessment:<cycleId>:<unitId>`). */
export type SelfAssessmentEvent = z.infer<typeof selfAssessmentEventUnionSchema>;
/** Any event of the submissions service's log, discriminated by `type`. */
export type SubmissionsEvent = z.infer<typeof submissionsEventUnionSchema>;

/** One submissions event type, e.g. `SubmissionsEventOf<'CriterionSelfScored'>`. */
export type SubmissionsEventOf<Type extends SubmissionsEventType> = Extract<SubmissionsEvent, { type: Type }>;

export function isSubmissionsEventType(type: string): type is SubmissionsEventType {
  return Object.prototype.hasOwnProperty.call(submissionsEventSchemas, type);
}
