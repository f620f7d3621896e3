import type { SendResultToUnit } from '../domain';
import { AppraisalStreamCommand } from '../infrastructure/appraisal-stream.command';

/** The unit sees its result; its explanation window starts. */
export class SendResultCommand extends AppraisalStreamCommand<SendResultToUnit> {}
