import type { handleClientStreamingCall, Metadata } from '@grpc/grpc-js';
import { Logger } from '@nestjs/common';
import { GrpcStreamCall } from '@nestjs/microservices';
import { GRPC_SERVICES, type GrpcHandlers, isServiceError, type RpcMethod, type RpcReply, toRpcError } from '@par/contracts';
import { correlationIdOf, requiredId, rpcMethodOf } from '@par/grpc-server';
import type { CommandOrigin, IssuedCommand } from './campaign-log';

/** The typed method decorator of par.survey.v1.Survey's unary RPCs (a wrong name or message fails the compiler). */
export const SurveyRpc = rpcMethodOf('survey');

/** par.common.v1.CommandResult: what OpenCampaign and ApplySurveyPoints answer. */
export type CommandResult = RpcReply<'survey', 'OpenCampaign'>;

/** The RPCs whose request the client streams (RecordResponses). */
type ClientStreamingMethod = {
  [M in RpcMethod<'survey'>]: GrpcHandlers['survey'][M] extends handleClientStreamingCall<infer _Request, infer _Reply> ? M : never;
}[RpcMethod<'survey'>];

/**
 * The decorator of a client-streaming RPC, typed like SurveyRpc: the method takes the raw call (a Readable
 * of the generated request messages, read with back-pressure) and the callback of the generated reply.
 * Raw, not Nest's Observable of messages: that one buffers without bound and may replay early messages after
 * later ones, and a file's bytes must arrive whole and in order. Such a method answers errors itself, through
 * `rpcStatusOf`, the same mapping the error filter of @GrpcController applies.
 */
export function SurveyStreamRpc<M extends ClientStreamingMethod>(method: M) {
  return <Implementation extends (...args: Parameters<GrpcHandlers['survey'][M]>) => Promise<void>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<Implementation>,
  ): void => {
    GrpcStreamCall(GRPC_SERVICES.survey.service, method)(target, key, descriptor);
  };
}

const logger = new Logger('grpc');

/** An error as the status a client receives: a refusal keeps its code and field; anything else is logged and INTERNAL. */
export function rpcStatusOf(error: unknown): ReturnType<typeof toRpcError> {
  if (!isServiceError(error)) logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return toRpcError(error);
}

/** The campaign a request names. */
export function campaignIdOf(request: { campaignId?: string }): string {
  return requiredId(request.campaignId, 'campaignId');
}

/** A request's place in a wider operation: the caller's correlation id, else a new one. */
export function originOf(metadata: Metadata): CommandOrigin {
  return { correlationId: correlationIdOf(metadata) };
}

export function commandResult(issued: IssuedCommand): CommandResult {
  return { streamId: issued.streamId, version: issued.version, eventsAppended: issued.events.length };
}
