import type { CorrectScore } from '../domain';
import { AppraisalStreamCommand } from '../infrastructure/appraisal-stream.command';

/** The province admin corrects a finalized value: the only way one moves after finalization. */
export class CorrectScoreCommand extends AppraisalStreamCommand<CorrectScore> {}
