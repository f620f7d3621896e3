import type { CycleCommand } from './domain/cycle/cycle.commands';
import type { SelfAssessmentCommand } from './domain/self-assessment/self-assessment.commands';
import type { CycleCommandFields, CycleStreamCommand } from './infrastructure/cycle-stream.command';
import type { SelfAssessmentCommandFields, SelfAssessmentRequest, SelfAssessmentStreamCommand } from './infrastructure/self-assessment-stream.command';
import { CreateCycleCommand } from './create-cycle/create-cycle.command';
import { DefineGroupCommand } from './define-group/define-group.command';
import { DefineCriteriaSetCommand } from './define-criteria-set/define-criteria-set.command';
import { RegisterUnitCommand } from './register-unit/register-unit.command';
import { RenameUnitCommand } from './rename-unit/rename-unit.command';
import { SetApplicabilityCommand } from './set-applicability/set-applicability.command';
import { SetDeadlinesCommand } from './set-deadlines/set-deadlines.command';
import { OpenCycleCommand } from './open-cycle/open-cycle.command';
import { CorrectCriteriaSetCommand } from './correct-criteria-set/correct-criteria-set.command';
import { CloseCycleCommand } from './close-cycle/close-cycle.command';
import { ScoreCriterionCommand } from './score-criterion/score-criterion.command';
import { ClearScoreCommand } from './clear-score/clear-score.command';
import { SubmitSelfAssessmentCommand } from './submit-self-assessment/submit-self-assessment.command';
import { ReopenSelfAssessmentCommand } from './reopen-self-assessment/reopen-self-assessment.command';

type CycleUseCase<C extends CycleCommand> = new (fields: CycleCommandFields<C>, correlationId: string) => CycleStreamCommand<C>;
type SelfAssessmentUseCase<C extends SelfAssessmentCommand> = new (
  fields: SelfAssessmentCommandFields<C>,
  correlationId: string,
) => SelfAssessmentStreamCommand<C>;

const CYCLE_USE_CASES: { [Type in CycleCommand['type']]: CycleUseCase<Extract<CycleCommand, { type: Type }>> } = {
  CreateCycle: CreateCycleCommand,
  DefineGroup: DefineGroupCommand,
  DefineCriteriaSet: DefineCriteriaSetCommand,
  RegisterUnit: RegisterUnitCommand,
  RenameUnit: RenameUnitCommand,
  SetApplicability: SetApplicabilityCommand,
  SetDeadlines: SetDeadlinesCommand,
  OpenCycle: OpenCycleCommand,
  CorrectCriteriaSet: CorrectCriteriaSetCommand,
  CloseCycle: CloseCycleCommand,
};

const SELF_ASSESSMENT_USE_CASES: { [Type in SelfAssessmentCommand['type']]: SelfAssessmentUseCase<Extract<SelfAssessmentCommand, { type: Type }>> } = {
  ScoreCriterion: ScoreCriterionCommand,
  ClearScore: ClearScoreCommand,
  SubmitSelfAssessment: SubmitSelfAssessmentCommand,
  ReopenSelfAssessment: ReopenSelfAssessmentCommand,
};

/**
 * The use case that carries a cycle decider's command, for callers that build those commands from data
 * (the CLI's import replays a cycle file as the commands people would have issued).
 */
export function cycleUseCaseOf(command: CycleCommand, correlationId: string): CycleStreamCommand {
  const UseCase = CYCLE_USE_CASES[command.type] as CycleUseCase<CycleCommand>;
  return new UseCase(command, correlationId);
}

/** The use case that carries a self-assessment request (its context is added by the handler). */
export function selfAssessmentUseCaseOf(request: SelfAssessmentRequest, correlationId: string): SelfAssessmentStreamCommand {
  const UseCase = SELF_ASSESSMENT_USE_CASES[request.type] as unknown as SelfAssessmentUseCase<SelfAssessmentCommand>;
  return new UseCase(request as SelfAssessmentCommandFields<SelfAssessmentCommand>, correlationId);
}
