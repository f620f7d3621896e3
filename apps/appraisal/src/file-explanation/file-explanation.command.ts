import type { FileExplanation } from '../domain';
import { AppraisalStreamCommand } from '../infrastructure/appraisal-stream.command';

/** The unit explains an adjusted leaf, with its evidence. */
export class FileExplanationCommand extends AppraisalStreamCommand<FileExplanation> {}
