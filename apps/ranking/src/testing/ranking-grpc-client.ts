import { grpcTestClient, type GrpcTestClient } from '@par/testing';

export { refusalOf } from '@par/testing';
export type RankingGrpcClient = GrpcTestClient;

/** A real @grpc/grpc-js client of par.ranking.v1.Ranking. */
export const rankingGrpcClient = (address: string): RankingGrpcClient => grpcTestClient('ranking', 'Ranking', address);
