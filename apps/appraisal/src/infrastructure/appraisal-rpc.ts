import type { Metadata } from '@grpc/grpc-js';
import type { RpcReply } from '@par/contracts';
import { correlationIdOf, requiredId, rpcMethodOf } from '@par/grpc-server';
import type { CommandOrigin, IssuedCommand } from './appraisal-stream.command';

/** The typed method decorator of par.appraisal.v1.Appraisal (a wrong name or message fails the compiler). */
export const AppraisalRpc = rpcMethodOf('appraisal');

/** par.common.v1.CommandResult: what every command RPC answers. */
export type CommandResult = RpcReply<'appraisal', 'AppraiseCriterion'>;

/** The appraisal a request names: one unit in one cycle. */
export function appraisalOf(request: { cycleId?: string; unitId?: string }): { cycleId: string; unitId: string } {
  return { cycleId: requiredId(request.cycleId, 'cycleId'), unitId: requiredId(request.unitId, 'unitId') };
}

/** A request's place in a wider operation: the caller's correlation id, else a new one. */
export function originOf(metadata: Metadata): CommandOrigin {
  return { correlationId: correlationIdOf(metadata) };
}

export function commandResult(issued: IssuedCommand): CommandResult {
  return { streamId: issued.streamId, version: issued.version, eventsAppended: issued.events.length };
}
