import { grpcTestClient, type GrpcTestClient } from '@par/testing';

export { refusalOf } from '@par/testing';

/** A real @grpc/grpc-js client of par.appraisal.v1.Appraisal, one promise per RPC, typed by the generated code. */
export type AppraisalGrpcClient = GrpcTestClient<'appraisal'>;

export function appraisalGrpcClient(address: string): AppraisalGrpcClient {
  return grpcTestClient('appraisal', address);
}
