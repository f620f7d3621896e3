import type { FinalizeAppraisal } from '../domain';
import { AppraisalStreamCommand } from '../infrastructure/appraisal-stream.command';

/** The chair closes the unit's appraisal: its values become final. */
export class FinalizeAppraisalCommand extends AppraisalStreamCommand<FinalizeAppraisal> {}
