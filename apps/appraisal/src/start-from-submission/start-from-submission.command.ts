import type { StartAppraisal } from '../domain';
import { AppraisalStreamCommand } from '../infrastructure/appraisal-stream.command';

/**
 * A unit's submitted self-assessment opens its appraisal (or refreshes its self scores). Issued by the
 * starts consumer, and by the CLI import for a unit that has no self-assessment.
 */
export class StartAppraisalCommand extends AppraisalStreamCommand<StartAppraisal> {}
