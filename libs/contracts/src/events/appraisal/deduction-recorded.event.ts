import { z } from 'zod';
import { appraisalEventSchema } from './appraisal-fields';
import { AppraisalEventTypes } from './appraisal-event-types';
import { adjustmentRecordedFields } from './adjustment-recorded.fields';

/** A deduction (điểm trừ), e.g. 0.50 per disciplined official. */
export const deductionRecordedSchema = appraisalEventSchema(AppraisalEventTypes.DeductionRecorded, adjustmentRecordedFields);

export type DeductionRecorded = z.infer<typeof deductionRecordedSchema>;
