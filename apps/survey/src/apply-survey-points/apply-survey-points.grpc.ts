import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { actorOf, GrpcController } from '@par/grpc-server';
import { campaignIdOf, CommandResult, commandResult, originOf, SurveyRpc } from '../infrastructure/survey-rpc';
import { ApplySurveyPointsCommand } from './apply-survey-points.command';

/** Records the survey-held leaves' points from the campaign's current indices. */
@GrpcController()
export class ApplySurveyPointsGrpc {
  constructor(private readonly commands: CommandBus) {}

  @SurveyRpc('ApplySurveyPoints')
  async apply(request: RpcRequest<'survey', 'ApplySurveyPoints'>, metadata: Metadata): Promise<CommandResult> {
    const actor = actorOf(request.actor);
    const campaignId = campaignIdOf(request);
    return commandResult(await this.commands.execute(new ApplySurveyPointsCommand(campaignId, actor, originOf(metadata))));
  }
}
