import { Inject } from '@nestjs/common';
import type { RpcReply } from '@par/contracts';
import type { EventStore } from '@par/event-store';
import { GrpcController, logVerificationReply } from '@par/grpc-server';
import { AppraisalRpc } from '../infrastructure/appraisal-rpc';
import { APPRAISAL_EVENT_STORE } from '../infrastructure/tokens';

/** VerifyLog of par.appraisal.v1.Appraisal: every hash chain of this service's log, recomputed (as `par verify` does). */
@GrpcController()
export class VerifyLogGrpc {
  constructor(@Inject(APPRAISAL_EVENT_STORE) private readonly store: EventStore) {}

  @AppraisalRpc('VerifyLog')
  async verifyLog(): Promise<RpcReply<'appraisal', 'VerifyLog'>> {
    return logVerificationReply(await this.store.verify());
  }
}
