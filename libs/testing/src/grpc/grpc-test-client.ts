import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { parseRpcError, ParsedRpcError, protoPackage, protoPath, PROTO_LOADER_OPTIONS } from '@par/contracts';

type Call = (request: object) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A real @grpc/grpc-js client of one service (par.<service>.v1.<Service>), one promise per RPC. */
export interface GrpcTestClient {
  readonly call: Record<string, Call>;
  close(): void;
}

export function grpcTestClient(service: string, serviceName: string, address: string): GrpcTestClient {
  const definition = protoLoader.loadSync(protoPath(service), PROTO_LOADER_OPTIONS);
  const loaded = grpc.loadPackageDefinition(definition) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  const namespace = protoPackage(service).split('.').reduce((scope, name) => scope[name], loaded);
  const client: grpc.Client & Record<string, Function> = new namespace[serviceName](address, grpc.credentials.createInsecure());
  const call = new Proxy({} as Record<string, Call>, {
    get: (_target, method: string) => (request: object) =>
      new Promise((resolve, reject) => client[method](request, (error: grpc.ServiceError | null, reply: unknown) => (error ? reject(error) : resolve(reply)))),
  });
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
