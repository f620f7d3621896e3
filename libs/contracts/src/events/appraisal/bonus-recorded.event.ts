import { z } from 'zod';
import { appraisalEventSchema } from './appraisal-fields';
import { AppraisalEventTypes } from './appraisal-event-types';
import { adjustmentRecordedFields } from './adjustment-recorded.fields';

/** Bonus points (điểm thưởng), e.g. a reform initiative recognised at province level. */
export const bonusRecordedSchema = appraisalEventSchema(AppraisalEventTypes.BonusRecorded, adjustmentRecordedFields);

export type BonusRecorded = z.infer<typeof bonusRecordedSchema>;
