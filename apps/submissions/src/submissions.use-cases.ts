import { CreateCycleGrpc } from './create-cycle/create-cycle.grpc';
import { CreateCycleHandler } from './create-cycle/create-cycle.handler';
import { DefineGroupGrpc } from './define-group/define-group.grpc';
import { DefineGroupHandler } from './define-group/define-group.handler';
import { DefineCriteriaSetGrpc } from './define-criteria-set/define-criteria-set.grpc';
import { DefineCriteriaSetHandler } from './define-criteria-set/define-criteria-set.handler';
import { RegisterUnitGrpc } from './register-unit/register-unit.grpc';
import { RegisterUnitHandler } from './register-unit/register-unit.handler';
import { RenameUnitGrpc } from './rename-unit/rename-unit.grpc';
import { RenameUnitHandler } from './rename-unit/rename-unit.handler';
import { SetApplicabilityGrpc } from './set-applicability/set-applicability.grpc';
import { SetApplicabilityHandler } from './set-applicability/set-applicability.handler';
import { SetDeadlinesGrpc } from './set-deadlines/set-deadlines.grpc';
import { SetDeadlinesHandler } from './set-deadlines/set-deadlines.handler';
import { OpenCycleGrpc } from './open-cycle/open-cycle.grpc';
import { OpenCycleHandler } from './open-cycle/open-cycle.handler';
import { CorrectCriteriaSetGrpc } from './correct-criteria-set/correct-criteria-set.grpc';
import { CorrectCriteriaSetHandler } from './correct-criteria-set/correct-criteria-set.handler';
import { CloseCycleGrpc } from './close-cycle/close-cycle.grpc';
import { CloseCycleHandler } from './close-cycle/close-cycle.handler';
import { ScoreCriterionGrpc } from './score-criterion/score-criterion.grpc';
import { ScoreCriterionHandler } from './score-criterion/score-criterion.handler';
import { ClearScoreGrpc } from './clear-score/clear-score.grpc';
import { ClearScoreHandler } from './clear-score/clear-score.handler';
import { SubmitSelfAssessmentGrpc } from './submit-self-assessment/submit-self-assessment.grpc';
import { SubmitSelfAssessmentHandler } from './submit-self-assessment/submit-self-assessment.handler';
import { ReopenSelfAssessmentGrpc } from './reopen-self-assessment/reopen-self-assessment.grpc';
import { ReopenSelfAssessmentHandler } from './reopen-self-assessment/reopen-self-assessment.handler';
import { GetCycleOverviewGrpc } from './get-cycle-overview/get-cycle-overview.grpc';
import { GetCycleOverviewHandler } from './get-cycle-overview/get-cycle-overview.handler';
import { GetSelfAssessmentGrpc } from './get-self-assessment/get-self-assessment.grpc';
import { GetSelfAssessmentHandler } from './get-self-assessment/get-self-assessment.handler';
import { GetProgressGrpc } from './get-progress/get-progress.grpc';
import { GetProgressHandler } from './get-progress/get-progress.handler';
import { ListCyclesGrpc } from './list-cycles/list-cycles.grpc';
import { ListCyclesHandler } from './list-cycles/list-cycles.handler';
import { VerifyLogGrpc } from './verify-log/verify-log.grpc';

/** The gRPC adapter of every RPC of par.submissions.v1.Submissions, one per use case and query. */
export const SUBMISSIONS_CONTROLLERS = [
  CreateCycleGrpc,
  DefineGroupGrpc,
  DefineCriteriaSetGrpc,
  RegisterUnitGrpc,
  RenameUnitGrpc,
  SetApplicabilityGrpc,
  SetDeadlinesGrpc,
  OpenCycleGrpc,
  CorrectCriteriaSetGrpc,
  CloseCycleGrpc,
  ScoreCriterionGrpc,
  ClearScoreGrpc,
  SubmitSelfAssessmentGrpc,
  ReopenSelfAssessmentGrpc,
  GetCycleOverviewGrpc,
  GetSelfAssessmentGrpc,
  GetProgressGrpc,
  ListCyclesGrpc,
  VerifyLogGrpc,
];

/** The command and query handlers behind them (the commands are sent in process too: the CLI's import). */
export const SUBMISSIONS_HANDLERS = [
  CreateCycleHandler,
  DefineGroupHandler,
  DefineCriteriaSetHandler,
  RegisterUnitHandler,
  RenameUnitHandler,
  SetApplicabilityHandler,
  SetDeadlinesHandler,
  OpenCycleHandler,
  CorrectCriteriaSetHandler,
  CloseCycleHandler,
  ScoreCriterionHandler,
  ClearScoreHandler,
  SubmitSelfAssessmentHandler,
  ReopenSelfAssessmentHandler,
  GetCycleOverviewHandler,
  GetSelfAssessmentHandler,
  GetProgressHandler,
  ListCyclesHandler,
];
