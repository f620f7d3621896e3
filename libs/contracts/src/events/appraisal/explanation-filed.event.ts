import { z } from 'zod';
import { appraisalEventSchema, criterionCodeField, instantField } from './appraisal-fields';
import { AppraisalEventTypes } from './appraisal-event-types';
import { explanationEvidenceSchema } from './explanation-evidence.schema';

/** The unit explains (giải trình) an adjusted leaf, with new evidence, for the council to resolve. */
export const explanationFiledSchema = appraisalEventSchema(AppraisalEventTypes.ExplanationFiled, {
  criterion: criterionCodeField,
  text: z.string().trim().min(1),
  evidence: z.array(explanationEvidenceSchema),
  filedAt: instantField,
});

export type ExplanationFiled = z.infer<typeof explanationFiledSchema>;
