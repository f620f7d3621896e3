// @par/appraisal: the one entry other apps and tests use (apps/cli's embedded platform and import, tests/,
// other services' test code). Everything else under src/ is the service's own business.
export { AppraisalModule } from './appraisal.module';
export { APPRAISAL_SCHEMA, appraisalEnvironmentSchema } from './appraisal.config';
export type { AppraisalEnvironment, AppraisalOptions } from './appraisal.config';
export { appraisalGrpcOptions } from './infrastructure/appraisal-grpc-options';
/** Embedded mode: `app.get(AppraisalRuntime)` waits for the starts and the sheet to apply what was committed. */
export { AppraisalRuntime } from './infrastructure/appraisal.runtime';

// Commands: one per use case, each carrying its Appraisal command for one unit in one cycle.
export { AppraisalStreamCommand } from './infrastructure/appraisal-stream.command';
export type { CommandOrigin, IssuedCommand } from './infrastructure/appraisal-stream.command';
export { StartAppraisalCommand } from './start-from-submission/start-from-submission.command';
export { AppraiseCriterionCommand } from './appraise-criterion/appraise-criterion.command';
export { RecordAdjustmentCommand } from './record-adjustment/record-adjustment.command';
export { RemoveAdjustmentCommand } from './remove-adjustment/remove-adjustment.command';
export { SendResultCommand } from './send-result/send-result.command';
export { FileExplanationCommand } from './file-explanation/file-explanation.command';
export { ResolveExplanationCommand } from './resolve-explanation/resolve-explanation.command';
export { FinalizeAppraisalCommand } from './finalize-appraisal/finalize-appraisal.command';
export { CorrectScoreCommand } from './correct-score/correct-score.command';
export { appraisalUseCaseOf } from './use-case-of';
/** The import's dry run handles the commands over an in-memory log, outside Nest, with these two. */
export { AppraisalCommandHandler } from './infrastructure/appraisal-command.handler';
export { AppraisalStartsConsumer } from './start-from-submission/start-from-submission.consumer';

// Queries.
export { GetAppraisalSheetQuery } from './get-appraisal-sheet/get-appraisal-sheet.query';
export { ListAppraisalsQuery } from './list-appraisals/list-appraisals.query';
export type {
  AppraisalSheetAdjustmentView,
  AppraisalSheetLeafView,
  AppraisalSheetView,
  AppraisalSummaryView,
} from './projections/appraisal-sheet/appraisal-sheet.view';

// Errors.
export { APPRAISAL_ERROR_CODES, AppraisalError } from './domain/appraisal.errors';
export type { AppraisalErrorCode, AppraisalRejection } from './domain/appraisal.errors';

// The aggregate, for what replays or reads the appraisal log itself (the CLI import and export, other services' test logs).
export { appraisalDecider, appraisalStream, eventMetadata } from './domain';
export type {
  AppraisalCommand,
  AppraisalState,
  AppraiseCriterion,
  CorrectScore,
  FileExplanation,
  FinalizeAppraisal,
  MarkCriterionNotApplicable,
  RecordBonus,
  RecordDeduction,
  RemoveAdjustment,
  ResolveExplanation,
  SendResultToUnit,
  StartAppraisal,
  StartedAppraisal,
} from './domain';
