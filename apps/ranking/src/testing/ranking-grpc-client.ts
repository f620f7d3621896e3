import { grpcTestClient, type ClientReply, type GrpcTestClient } from '@par/testing';
import type { RpcMethod } from '@par/contracts';

export { refusalOf } from '@par/testing';

/** A reply as the client decodes it (the generated `__Output` shape). */
export type RankingReply<M extends RpcMethod<'ranking'>> = ClientReply<'ranking', M>;

/** A real @grpc/grpc-js client of par.ranking.v1.Ranking, typed by the generated code: a wrong method or message fails the compiler. */
export type RankingGrpcClient = GrpcTestClient<'ranking'>;

export function rankingGrpcClient(address: string): RankingGrpcClient {
  return grpcTestClient('ranking', address);
}
