import type { AppraisalClient, AppraisalHandlers } from './generated/par/appraisal/v1/Appraisal';
import type { RankingClient, RankingHandlers } from './generated/par/ranking/v1/Ranking';
import type { SubmissionsClient, SubmissionsHandlers } from './generated/par/submissions/v1/Submissions';
import type { SurveyClient, SurveyHandlers } from './generated/par/survey/v1/Survey';

/**
 * The gRPC services of the platform: proto file, package and service name, and the generated handler
 * types that say each method's request and reply (tools/grpc/generate-types.js writes ./generated).
 */
export const GRPC_SERVICES = {
  submissions: { proto: 'submissions', package: 'par.submissions.v1', service: 'Submissions' },
  appraisal: { proto: 'appraisal', package: 'par.appraisal.v1', service: 'Appraisal' },
  ranking: { proto: 'ranking', package: 'par.ranking.v1', service: 'Ranking' },
  survey: { proto: 'survey', package: 'par.survey.v1', service: 'Survey' },
} as const;

export type GrpcServiceKey = keyof typeof GRPC_SERVICES;

/** The generated handler interface of each service, e.g. `GrpcHandlers['submissions']['CreateCycle']`. */
export interface GrpcHandlers {
  submissions: SubmissionsHandlers;
  appraisal: AppraisalHandlers;
  ranking: RankingHandlers;
  survey: SurveyHandlers;
}

/** A method's request as the server receives it (proto-loader's decoded `__Output` shape). */
export type RpcRequest<S extends GrpcServiceKey, M extends keyof GrpcHandlers[S]> = GrpcHandlers[S][M] extends (call: infer Call, ...rest: never[]) => void
  ? Call extends { request: infer Request }
    ? Request
    : never
  : never;

/** A method's reply as the server sends it. */
export type RpcReply<S extends GrpcServiceKey, M extends keyof GrpcHandlers[S]> = GrpcHandlers[S][M] extends (call: never, callback: infer Callback) => void
  ? Callback extends (error: never, value?: infer Reply, ...rest: never[]) => void
    ? NonNullable<Reply>
    : never
  : never;

/** The method names of a service, as the proto writes them ('CreateCycle'). */
export type RpcMethod<S extends GrpcServiceKey> = keyof NamedMembers<GrpcHandlers[S]> & string;

/** The members a type names: without the index signature the generated handlers inherit (any string would pass). */
type NamedMembers<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/** The generated client interface of each service (what a gRPC client of it is typed as). */
export interface GrpcClients {
  submissions: SubmissionsClient;
  appraisal: AppraisalClient;
  ranking: RankingClient;
  survey: SurveyClient;
}

/**
 * A generated client method's last overload, `(argument, callback)`, whose types say request and reply.
 * M is a method of the client (its proto name, 'GetResults', or its camel-case one, 'getResults'); the
 * RpcMethod<S> arm lets a mapped type over a generic service's method names use these types.
 */
type ClientUnary<S extends GrpcServiceKey, M> = M extends keyof GrpcClients[S]
  ? GrpcClients[S][M] extends (argument: infer Request, callback: infer Callback) => unknown
    ? Callback extends (error: never, value?: infer Reply) => void
      ? { request: Request; reply: Reply }
      : never
    : never
  : never;

/** What a client sends for a method: the generated input message (every field optional). */
export type ClientRequest<S extends GrpcServiceKey, M extends keyof GrpcClients[S] | RpcMethod<S>> = ClientUnary<S, M>['request'];
/** What a client receives, e.g. `ClientReply<'submissions', 'getSelfAssessment'>`: the generated output message, as PROTO_LOADER_OPTIONS decode it. */
export type ClientReply<S extends GrpcServiceKey, M extends keyof GrpcClients[S] | RpcMethod<S>> = ClientUnary<S, M>['reply'];
