import type { requestCallback } from '@grpc/grpc-js';
import { type AppraisalClient, GRPC_SERVICES, type RpcMethod } from '@par/contracts';
import { grpcTestClient } from '@par/testing';

export { refusalOf } from '@par/testing';

/** What a client sends for a method (the generated input message: every field optional). */
type RequestOf<M extends RpcMethod<'appraisal'>> = Parameters<AppraisalClient[M]>[0];
/** What a client receives (the generated output message, as PROTO_LOADER_OPTIONS decode it). */
type ReplyOf<M extends RpcMethod<'appraisal'>> = Parameters<AppraisalClient[M]>[1] extends requestCallback<infer Reply> ? Reply : never;

/** A real @grpc/grpc-js client of par.appraisal.v1.Appraisal, one promise per RPC, typed by the generated code. */
export interface AppraisalGrpcClient {
  readonly call: { readonly [M in RpcMethod<'appraisal'>]: (request: RequestOf<M>) => Promise<ReplyOf<M>> };
  close(): void;
}

export function appraisalGrpcClient(address: string): AppraisalGrpcClient {
  const { call, close } = grpcTestClient('appraisal', GRPC_SERVICES.appraisal.service, address);
  return { call: call as AppraisalGrpcClient['call'], close };
}
