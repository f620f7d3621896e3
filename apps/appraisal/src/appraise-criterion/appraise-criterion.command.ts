import type { AppraiseCriterion, MarkCriterionNotApplicable } from '../domain';
import { AppraisalStreamCommand } from '../infrastructure/appraisal-stream.command';

/** The appraiser's verdict on one leaf: another value (with a reason), the self value, or not applicable. */
export class AppraiseCriterionCommand extends AppraisalStreamCommand<AppraiseCriterion | MarkCriterionNotApplicable> {}
