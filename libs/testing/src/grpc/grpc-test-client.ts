import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { GRPC_SERVICES, GrpcClients, GrpcServiceKey, parseRpcError, ParsedRpcError, protoPath, PROTO_LOADER_OPTIONS, RpcMethod } from '@par/contracts';

/** How long a test call waits before failing with DEADLINE_EXCEEDED, instead of hanging the test. */
const DEADLINE_MS = 15_000;

/** The last overload of a generated client method, `(argument, callback)`, whose types say request and reply. */
type Unary<S extends GrpcServiceKey, M extends RpcMethod<S>> = M extends keyof GrpcClients[S]
  ? GrpcClients[S][M] extends (argument: infer Request, callback: grpc.requestCallback<infer Reply>) => grpc.ClientUnaryCall
    ? { request: Request; reply: Reply }
    : never
  : never;

/** What a client sends for a method: the generated input message (every field optional). */
export type ClientRequest<S extends GrpcServiceKey, M extends RpcMethod<S>> = Unary<S, M>['request'];
/** What a client receives: the generated output message, as PROTO_LOADER_OPTIONS decode it. */
export type ClientReply<S extends GrpcServiceKey, M extends RpcMethod<S>> = Unary<S, M>['reply'];

/** Each RPC of a service by its proto name, taking the generated request and resolving to the generated reply. */
export type TypedCalls<S extends GrpcServiceKey> = { readonly [M in RpcMethod<S>]: (request: ClientRequest<S, M>) => Promise<ClientReply<S, M>> };

/** A real @grpc/grpc-js client of one service, typed by the code generated from its .proto: a wrong method or field fails the compiler. */
export interface GrpcTestClient<S extends GrpcServiceKey> {
  readonly call: TypedCalls<S>;
  close(): void;
}

type UntypedUnary = (request: unknown, options: grpc.CallOptions, callback: (error: grpc.ServiceError | null, reply: unknown) => void) => void;

export function grpcTestClient<S extends GrpcServiceKey>(service: S, address: string): GrpcTestClient<S> {
  const { proto, package: protoPackage, service: serviceName } = GRPC_SERVICES[service];
  const definition = protoLoader.loadSync(protoPath(proto), PROTO_LOADER_OPTIONS)[`${protoPackage}.${serviceName}`] as grpc.ServiceDefinition;
  const Client = grpc.makeClientConstructor(definition, serviceName);
  const client = new Client(address, grpc.credentials.createInsecure()) as grpc.Client & Record<string, UntypedUnary>;
  // The methods come from the loaded definition, their types from the generated code: both read the same .proto.
  const call = Object.fromEntries(
    Object.keys(definition).map((method) => [
      method,
      (request: unknown) =>
        new Promise((resolve, reject) =>
          client[method].call(client, request, { deadline: Date.now() + DEADLINE_MS }, (error, reply) => (error ? reject(error) : resolve(reply))),
        ),
    ]),
  ) as unknown as TypedCalls<S>;
  return { call, close: () => client.close() };
}

/** The refusal a call ended with, parsed as a client would; fails when the call succeeded. */
export async function refusalOf(reply: Promise<unknown>): Promise<ParsedRpcError> {
  try {
    await reply;
  } catch (error) {
    return parseRpcError(error as grpc.ServiceError);
  }
  throw new Error('expected the call to be refused');
}
