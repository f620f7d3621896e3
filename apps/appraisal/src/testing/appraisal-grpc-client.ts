import { grpcTestClient, type GrpcTestClient } from '@par/testing';

export { refusalOf } from '@par/testing';
export type AppraisalGrpcClient = GrpcTestClient;

/** A real @grpc/grpc-js client of par.appraisal.v1.Appraisal. */
export const appraisalGrpcClient = (address: string): AppraisalGrpcClient => grpcTestClient('appraisal', 'Appraisal', address);
