import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import {
  GRPC_SERVICES,
  GrpcClients,
  GrpcServiceKey,
  parseRpcError,
  ParsedRpcError,
  protoPackage,
  protoPath,
  PROTO_LOADER_OPTIONS,
  RpcMethod,
} from '@par/contracts';

type Call = (request: object) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
/** A unary method as @grpc/grpc-js puts it on a client loaded from a .proto file. */
type UnaryMethod = (request: object, callback: (error: grpc.ServiceError | null, reply: unknown) => void) => void;

/** A real @grpc/grpc-js client of one service (par.<service>.v1.<Service>), one promise per RPC. */
export interface GrpcTestClient {
  readonly call: Record<string, Call>;
  close(): void;
}

export function grpcTestClient(service: string, serviceName: string, address: string): GrpcTestClient {
  const definition = protoLoader.loadSync(protoPath(service), PROTO_LOADER_OPTIONS);
  const loaded = grpc.loadPackageDefinition(definition) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  const namespace = protoPackage(service)
    .split('.')
    .reduce((scope, name) => scope[name], loaded);
  const client: grpc.Client & Record<string, UnaryMethod> = new namespace[serviceName](address, grpc.credentials.createInsecure());
  const call = new Proxy({} as Record<string, Call>, {
    get: (_target, method: string) => (request: object) =>
      new Promise((resolve, reject) => client[method](request, (error: grpc.ServiceError | null, reply: unknown) => (error ? reject(error) : resolve(reply)))),
  });
  return { call, close: () => client.close() };
}

/** Each RPC of a service by its proto name, taking the generated request and resolving to the generated reply. */
export type TypedCalls<S extends GrpcServiceKey> = {
  [M in RpcMethod<S>]: M extends keyof GrpcClients[S]
    ? GrpcClients[S][M] extends (argument: infer Request, callback: grpc.requestCallback<infer Reply>) => grpc.ClientUnaryCall
      ? (request: Request) => Promise<Reply>
      : never
    : never;
};

/** The same client, typed by the code generated from the service's .proto: a wrong method or field fails the compiler. */
export interface TypedGrpcTestClient<S extends GrpcServiceKey> {
  readonly call: TypedCalls<S>;
  close(): void;
}

export function typedGrpcTestClient<S extends GrpcServiceKey>(service: S, address: string): TypedGrpcTestClient<S> {
  const { call, close } = grpcTestClient(GRPC_SERVICES[service].proto, GRPC_SERVICES[service].service, address);
  return { call: call as unknown as TypedCalls<S>, close };
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
