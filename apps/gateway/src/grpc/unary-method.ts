import type * as grpc from '@grpc/grpc-js';

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
