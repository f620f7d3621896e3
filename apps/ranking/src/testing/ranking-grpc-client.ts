import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { parseRpcError, ParsedRpcError, protoPath, PROTO_LOADER_OPTIONS } from '@par/contracts';

type Call = (request: object) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A real @grpc/grpc-js client of par.ranking.v1.Ranking, one promise per RPC (test only). */
export interface RankingGrpcClient {
  readonly call: Record<string, Call>;
  close(): void;
}

export function rankingGrpcClient(address: string): RankingGrpcClient {
  const definition = protoLoader.loadSync(protoPath('ranking'), PROTO_LOADER_OPTIONS);
  const loaded = grpc.loadPackageDefinition(definition) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  const client: grpc.Client & Record<string, Function> = new loaded.par.ranking.v1.Ranking(address, grpc.credentials.createInsecure());
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
