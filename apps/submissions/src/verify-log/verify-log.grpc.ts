import { Inject } from '@nestjs/common';
import type { RpcReply } from '@par/contracts';
import type { EventStore } from '@par/event-store';
import { GrpcController, logVerificationReply } from '@par/grpc-server';
import { SubmissionsRpc } from '../infrastructure/grpc/submissions-rpc';
import { EVENT_STORE } from '../infrastructure/tokens';

/** VerifyLog of par.submissions.v1.Submissions: every hash chain of this service's log, recomputed (as `par verify` does). */
@GrpcController()
export class VerifyLogGrpc {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @SubmissionsRpc('VerifyLog')
  async verifyLog(): Promise<RpcReply<'submissions', 'VerifyLog'>> {
    return logVerificationReply(await this.store.verify());
  }
}
