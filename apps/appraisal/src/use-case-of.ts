import { AppraiseCriterionCommand } from './appraise-criterion/appraise-criterion.command';
import { CorrectScoreCommand } from './correct-score/correct-score.command';
import type { AppraisalCommand } from './domain';
import { FileExplanationCommand } from './file-explanation/file-explanation.command';
import { FinalizeAppraisalCommand } from './finalize-appraisal/finalize-appraisal.command';
import { RecordAdjustmentCommand } from './record-adjustment/record-adjustment.command';
import { RemoveAdjustmentCommand } from './remove-adjustment/remove-adjustment.command';
import { ResolveExplanationCommand } from './resolve-explanation/resolve-explanation.command';
import { SendResultCommand } from './send-result/send-result.command';
import { StartAppraisalCommand } from './start-from-submission/start-from-submission.command';
import type { AppraisalStreamCommand, CommandOrigin } from './infrastructure/appraisal-stream.command';

/**
 * The use case's command that carries a domain command: for callers that hold Appraisal commands
 * rather than requests (the CLI import replays a cycle file as the commands people would have issued).
 */
export function appraisalUseCaseOf(cycleId: string, unitId: string, command: AppraisalCommand, origin: CommandOrigin = {}): AppraisalStreamCommand {
  switch (command.type) {
    case 'StartAppraisal':
      return new StartAppraisalCommand(cycleId, unitId, command, origin);
    case 'AppraiseCriterion':
    case 'MarkCriterionNotApplicable':
      return new AppraiseCriterionCommand(cycleId, unitId, command, origin);
    case 'RecordBonus':
    case 'RecordDeduction':
      return new RecordAdjustmentCommand(cycleId, unitId, command, origin);
    case 'RemoveAdjustment':
      return new RemoveAdjustmentCommand(cycleId, unitId, command, origin);
    case 'SendResultToUnit':
      return new SendResultCommand(cycleId, unitId, command, origin);
    case 'FileExplanation':
      return new FileExplanationCommand(cycleId, unitId, command, origin);
    case 'ResolveExplanation':
      return new ResolveExplanationCommand(cycleId, unitId, command, origin);
    case 'FinalizeAppraisal':
      return new FinalizeAppraisalCommand(cycleId, unitId, command, origin);
    case 'CorrectScore':
      return new CorrectScoreCommand(cycleId, unitId, command, origin);
  }
}
