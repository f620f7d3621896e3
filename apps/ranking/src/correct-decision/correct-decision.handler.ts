import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ResultsDocument } from '@par/contracts';
import type { CorrectDecision } from '../domain/decision.commands';
import { DecisionCommandHandler } from '../infrastructure/decision-command.handler';
import { CorrectDecisionCommand } from './correct-decision.command';

/** Snapshots the cycle's current results as the next revision of the published decision. */
@CommandHandler(CorrectDecisionCommand)
export class CorrectDecisionHandler extends DecisionCommandHandler<CorrectDecisionCommand> implements ICommandHandler<CorrectDecisionCommand> {
  protected decisionCommand({ cycleId, reason, actor, details }: CorrectDecisionCommand, results: ResultsDocument): CorrectDecision {
    return { type: 'CorrectDecision', cycleId, reason, actor, results, ...details };
  }
}
