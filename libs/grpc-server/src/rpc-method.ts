import { applyDecorators, Controller, UseFilters } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { Metadata } from '@grpc/grpc-js';
import { GRPC_SERVICES, GrpcServiceKey, RpcMethod, RpcReply, RpcRequest } from '@par/contracts';
import { RpcErrorFilter } from './rpc-error.filter';

/** What a method serving `S.M` must look like: the generated request in, the generated reply out. */
export type RpcImplementation<S extends GrpcServiceKey, M extends RpcMethod<S>> = (
  request: RpcRequest<S, M>,
  metadata: Metadata,
) => Promise<RpcReply<S, M>> | RpcReply<S, M>;

/**
 * The method decorator of one service's RPCs, typed by the code generated from its .proto: the method
 * name must be one of the service's, and the decorated method must take that method's request and
 * return its reply — a renamed RPC or a changed message fails the compiler, not a call.
 *
 *   const SubmissionsRpc = rpcMethodOf('submissions');
 *   @SubmissionsRpc('CreateCycle') createCycle(request, metadata) { … }
 */
export function rpcMethodOf<S extends GrpcServiceKey>(service: S) {
  return <M extends RpcMethod<S>>(method: M) =>
    // Generic in the method's own type: a descriptor is invariant in it (its `set`), the constraint is not.
    <Implementation extends RpcImplementation<S, M>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<Implementation>): void => {
      GrpcMethod(GRPC_SERVICES[service].service, method)(target, key, descriptor);
    };
}

/** A class serving RPCs: every error it throws leaves as a status with {code, field, message}. */
export const GrpcController = () => applyDecorators(Controller(), UseFilters(RpcErrorFilter));
