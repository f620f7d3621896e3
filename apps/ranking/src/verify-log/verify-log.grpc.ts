import { Inject } from '@nestjs/common';
import type { RpcReply } from '@par/contracts';
import type { EventStore } from '@par/event-store';
import { GrpcController, logVerificationReply } from '@par/grpc-server';
import { RankingRpc } from '../infrastructure/ranking-rpc';
import { DECISION_LOG } from '../infrastructure/ranking.tokens';

/**
 * VerifyLog of par.ranking.v1.Ranking: every hash chain of this service's own log (the published decisions),
 * recomputed as `par verify` does. Its read models are rebuilt from the other logs, which their services check.
 */
@GrpcController()
export class VerifyLogGrpc {
  constructor(@Inject(DECISION_LOG) private readonly store: EventStore) {}

  @RankingRpc('VerifyLog')
  async verifyLog(): Promise<RpcReply<'ranking', 'VerifyLog'>> {
    return logVerificationReply(await this.store.verify());
  }
}
