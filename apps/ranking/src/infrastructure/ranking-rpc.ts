import { rpcMethodOf } from '@par/grpc-server';

/** The method decorator of par.ranking.v1.Ranking, typed by the code generated from ranking.proto. */
export const RankingRpc = rpcMethodOf('ranking');
