// The public entry of the submissions service (@par/submissions): what composition roots (apps/cli, tests/)
// and other apps' test code may use. Everything else under src/ is the service's own business.

// The module, its options and its environment
export { SubmissionsModule } from './submissions.module';
export { submissionsEnvironmentSchema, type SubmissionsOptions } from './submissions.config';
export { SubmissionsLog } from './infrastructure/submissions-log';
export { submissionsGrpcOptions } from './infrastructure/grpc/submissions-grpc-options';

// Commands, one per use case, and what they answer
export { CreateCycleCommand } from './create-cycle/create-cycle.command';
export { DefineGroupCommand } from './define-group/define-group.command';
export { DefineCriteriaSetCommand } from './define-criteria-set/define-criteria-set.command';
export { RegisterUnitCommand } from './register-unit/register-unit.command';
export { RenameUnitCommand } from './rename-unit/rename-unit.command';
export { SetApplicabilityCommand } from './set-applicability/set-applicability.command';
export { SetDeadlinesCommand } from './set-deadlines/set-deadlines.command';
export { OpenCycleCommand } from './open-cycle/open-cycle.command';
export { CorrectCriteriaSetCommand } from './correct-criteria-set/correct-criteria-set.command';
export { CloseCycleCommand } from './close-cycle/close-cycle.command';
export { ScoreCriterionCommand } from './score-criterion/score-criterion.command';
export { ClearScoreCommand } from './clear-score/clear-score.command';
export { SubmitSelfAssessmentCommand } from './submit-self-assessment/submit-self-assessment.command';
export { ReopenSelfAssessmentCommand } from './reopen-self-assessment/reopen-self-assessment.command';
export { CycleStreamCommand, type CycleCommandFields } from './infrastructure/cycle-stream.command';
export { SelfAssessmentStreamCommand, type SelfAssessmentCommandFields, type SelfAssessmentRequest } from './infrastructure/self-assessment-stream.command';
export { cycleUseCaseOf, selfAssessmentUseCaseOf } from './use-case-of';
export type { CommandOutcome } from './infrastructure/command-outcome';
// The two handlers every use case is an instance of: the CLI's dry run runs them over an in-memory log.
export { CycleCommandHandler } from './infrastructure/cycle-command.handler';
export { SelfAssessmentCommandHandler } from './infrastructure/self-assessment-command.handler';

// Queries and their views
export { GetCycleOverviewQuery, type CycleOverview } from './get-cycle-overview/get-cycle-overview.query';
export { GetSelfAssessmentQuery, type LeafScoreView, type SelfAssessmentView } from './get-self-assessment/get-self-assessment.query';
export { GetProgressQuery } from './get-progress/get-progress.query';
export { ListCyclesQuery, type CycleSummary } from './list-cycles/list-cycles.query';
export type { Progress } from './domain/progress/progress';

// Refusals
export { SUBMISSIONS_ERROR_CODES, SubmissionsError, type SubmissionsErrorCode } from './domain/shared/submissions-error';

// The deciders and their streams, for callers that replay or stage the log (the CLI's import, other apps' tests)
export type { CycleCommand } from './domain/cycle/cycle.commands';
export type { SelfAssessmentCommand } from './domain/self-assessment/self-assessment.commands';
export { cycleDecider } from './domain/cycle/cycle.decide';
export { selfAssessmentDecider } from './domain/self-assessment/self-assessment.decide';
export { cycleStream, type CycleEvent } from './domain/cycle/cycle.events';
export { selfAssessmentStream } from './domain/self-assessment/self-assessment.events';
export type { CycleState } from './domain/cycle/cycle.state';
export { leavesOfUnit, notApplicableFor } from './domain/cycle/cycle.queries';
export { selfAssessmentContext } from './domain/cycle/self-assessment-context';
export { eventMetadata } from './domain/shared/event-metadata';
