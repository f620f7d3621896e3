import { Inject } from '@nestjs/common';
import type { RpcReply } from '@par/contracts';
import type { EventStore } from '@par/event-store';
import { GrpcController, logVerificationReply } from '@par/grpc-server';
import { SurveyRpc } from '../infrastructure/survey-rpc';
import { SURVEY_EVENT_STORE } from '../infrastructure/tokens';

/** VerifyLog of par.survey.v1.Survey: every hash chain of this service's log, recomputed (as `par verify` does). */
@GrpcController()
export class VerifyLogGrpc {
  constructor(@Inject(SURVEY_EVENT_STORE) private readonly store: EventStore) {}

  @SurveyRpc('VerifyLog')
  async verifyLog(): Promise<RpcReply<'survey', 'VerifyLog'>> {
    return logVerificationReply(await this.store.verify());
  }
}
