import type { ResolveExplanation } from '../domain';
import { AppraisalStreamCommand } from '../infrastructure/appraisal-stream.command';

/** The chair records the council's decision on an explanation, with its vote. */
export class ResolveExplanationCommand extends AppraisalStreamCommand<ResolveExplanation> {}
