import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import {
  ClientReply,
  ClientRequest,
  GRPC_SERVICES,
  GrpcServiceKey,
  parseRpcError,
  ParsedRpcError,
  protoPath,
  PROTO_LOADER_OPTIONS,
  RpcMethod,
} from '@par/contracts';

/** How long a test call waits before failing with DEADLINE_EXCEEDED, instead of hanging the test. */
const DEADLINE_MS = 15_000;

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
