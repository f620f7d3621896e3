import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ResultsDocument } from '@par/contracts';
import type { PublishDecision } from '../domain/decision.commands';
import { DecisionCommandHandler } from '../infrastructure/decision-command.handler';
import { PublishDecisionCommand } from './publish-decision.command';

/** Snapshots the cycle's current results and publishes them as revision 1 of the decision. */
@CommandHandler(PublishDecisionCommand)
export class PublishDecisionHandler extends DecisionCommandHandler<PublishDecisionCommand> implements ICommandHandler<PublishDecisionCommand> {
  protected decisionCommand({ cycleId, number, date, signer, actor }: PublishDecisionCommand, results: ResultsDocument): PublishDecision {
    return { type: 'PublishDecision', cycleId, number, date, signer, actor, results };
  }
}
