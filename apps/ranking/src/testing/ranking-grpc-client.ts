import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { GRPC_SERVICES, PROTO_LOADER_OPTIONS, protoPath, type GrpcHandlers, type RankingClient } from '@par/contracts';

export { refusalOf } from '@par/testing';

/** The RPCs of ranking.proto: the generated handler interface's own keys, without the index signature it inherits. */
type RankingMethod = keyof { [K in keyof GrpcHandlers['ranking'] as string extends K ? never : K]: unknown } & keyof RankingClient;
/** The last overload of each generated client method: (request, callback). */
type UnaryCall<M extends RankingMethod> = Parameters<RankingClient[M]>;
export type RankingRequest<M extends RankingMethod> = UnaryCall<M>[0];
/** A reply as the client decodes it (the generated `__Output` shape). */
export type RankingReply<M extends RankingMethod> = UnaryCall<M>[1] extends grpc.requestCallback<infer Reply> ? Reply : never;

/** A real @grpc/grpc-js client of par.ranking.v1.Ranking, typed by the generated code: a wrong method or message fails the compiler. */
export interface RankingGrpcClient {
  readonly call: { readonly [M in RankingMethod]: (request: RankingRequest<M>) => Promise<RankingReply<M>> };
  close(): void;
}

export function rankingGrpcClient(address: string): RankingGrpcClient {
  const { proto, package: protoPackage, service } = GRPC_SERVICES.ranking;
  const definition = protoLoader.loadSync(protoPath(proto), PROTO_LOADER_OPTIONS);
  const Client = grpc.makeClientConstructor(definition[`${protoPackage}.${service}`] as grpc.ServiceDefinition, service);
  const client = new Client(address, grpc.credentials.createInsecure()) as unknown as Record<
    RankingMethod,
    (request: unknown, callback: (error: grpc.ServiceError | null, reply: unknown) => void) => void
  >;
  const unary =
    <M extends RankingMethod>(method: M) =>
    (request: RankingRequest<M>): Promise<RankingReply<M>> =>
      new Promise((resolve, reject) =>
        client[method].call(client, request, (error, reply) => (error ? reject(error) : resolve(withoutPresenceMarkers(reply) as RankingReply<M>))),
      );
  const methods = Object.keys(definition[`${protoPackage}.${service}`]) as RankingMethod[];
  const call = Object.fromEntries(methods.map((method) => [method, unary(method)])) as unknown as RankingGrpcClient['call'];
  return { call, close: () => (client as unknown as grpc.Client).close() };
}

/**
 * Drops the marker proto-loader adds (with `oneofs: true`) next to each proto3 `optional` field that is set,
 * `_index: 'index'`: tests compare the fields, and an unset field is simply absent.
 */
function withoutPresenceMarkers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPresenceMarkers);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([key, field]) => !(key.startsWith('_') && field === key.slice(1)));
  return Object.fromEntries(entries.map(([key, field]) => [key, withoutPresenceMarkers(field)]));
}
