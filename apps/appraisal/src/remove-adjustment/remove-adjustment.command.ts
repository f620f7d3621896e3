import type { RemoveAdjustment } from '../domain';
import { AppraisalStreamCommand } from '../infrastructure/appraisal-stream.command';

/** The appraiser takes back a bonus or a deduction, saying why. */
export class RemoveAdjustmentCommand extends AppraisalStreamCommand<RemoveAdjustment> {}
