import { z } from 'zod';
import { criterionCodeField, pointsField, reasonField } from './appraisal-fields';

/**
 * What a bonus and a deduction record alike. `adjustmentId` is given by the aggregate in order
 * (`bonus-1`, `deduction-2`, …): deterministic, so replaying an import yields the same ids.
 */
export const adjustmentRecordedFields = {
  adjustmentId: z.string().min(1),
  /** Greater than 0; a deduction is subtracted. */
  points: pointsField,
  reason: reasonField,
  /** The leaf the adjustment is about, when there is one (e.g. a directive of field 1 not carried out). */
  criterion: criterionCodeField.optional(),
  /** The document behind it: a decision recognising an initiative, a disciplinary decision. */
  ref: z.string().min(1).optional(),
};
