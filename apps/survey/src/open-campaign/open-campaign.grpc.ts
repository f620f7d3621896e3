import type { Metadata } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcRequest } from '@par/contracts';
import { actorOf, GrpcController, RequestError } from '@par/grpc-server';
import { CommandResult, commandResult, originOf, SurveyRpc } from '../infrastructure/survey-rpc';
import { OpenCampaignCommand } from './open-campaign.command';

/** Opens a campaign from its par-survey/1 file, sent as JSON text; the file's own problems are the handler's to name. */
@GrpcController()
export class OpenCampaignGrpc {
  constructor(private readonly commands: CommandBus) {}

  @SurveyRpc('OpenCampaign')
  async open(request: RpcRequest<'survey', 'OpenCampaign'>, metadata: Metadata): Promise<CommandResult> {
    const actor = actorOf(request.actor);
    const file = campaignFileOf(request.campaignJson);
    return commandResult(await this.commands.execute(new OpenCampaignCommand(file, actor, originOf(metadata))));
  }
}

/** The parsed JSON; the parser's message is not echoed (it quotes the text). */
function campaignFileOf(json: string): unknown {
  if (json.trim() === '') throw new RequestError('REQUEST_INVALID', 'campaignJson is required: the campaign file (par-survey/1) as JSON text', 'campaignJson');
  try {
    return JSON.parse(json);
  } catch {
    throw new RequestError('REQUEST_INVALID', 'campaignJson is not valid JSON', 'campaignJson');
  }
}
