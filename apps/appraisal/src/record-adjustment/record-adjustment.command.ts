import type { RecordBonus, RecordDeduction } from '../domain';
import { AppraisalStreamCommand } from '../infrastructure/appraisal-stream.command';

/** The appraiser records a bonus or a deduction on the unit's total, with its reason. */
export class RecordAdjustmentCommand extends AppraisalStreamCommand<RecordBonus | RecordDeduction> {}
