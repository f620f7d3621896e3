import type * as grpc from '@grpc/grpc-js';
import type { GrpcClients, GrpcServiceKey } from '@par/contracts';

/**
 * A unary method of a generated client (@grpc/proto-loader's generator), as TypeScript sees an
 * overloaded method from outside: its last overload, `(argument, callback)`. Picking a method against
 * this type (`(rpc) => rpc.createCycle`) infers the method's request and reply from the generated code.
 */
export type UnaryMethod<Request, Reply> = (argument: Request, callback: grpc.requestCallback<Reply>) => grpc.ClientUnaryCall;

/** The overload with metadata and call options (a deadline) that every generated unary method also has. */
export type UnaryMethodWithMetadata<Request, Reply> = (
  argument: Request,
  metadata: grpc.Metadata,
  options: grpc.CallOptions,
  callback: grpc.requestCallback<Reply>,
) => grpc.ClientUnaryCall;

/** What a generated client's method answers, e.g. `ReplyOf<'submissions', 'getSelfAssessment'>` (proto-loader's `__Output` shape). */
export type ReplyOf<S extends GrpcServiceKey, M extends keyof GrpcClients[S]> = GrpcClients[S][M] extends (
  argument: never,
  callback: grpc.requestCallback<infer Reply>,
) => grpc.ClientUnaryCall
  ? Reply
  : never;
