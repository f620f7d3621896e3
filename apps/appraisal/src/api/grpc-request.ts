import { applyDecorators, Controller, UseFilters } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { isRole } from '@par/contracts';
import { IssueAppraisalCommand } from '../commands/issue-appraisal-command';
import type { Actor, AppraisalCommand } from '../domain';
import { RequestError } from '@par/grpc-server';
import { RpcErrorFilter } from '@par/grpc-server';

/** The service name in libs/contracts/proto/appraisal.proto. */
export const APPRAISAL_SERVICE = 'Appraisal';

/** A gRPC controller of the appraisal service: errors leave as statuses with {code, field, message}. */
export const AppraisalGrpcController = () => applyDecorators(Controller(), UseFilters(RpcErrorFilter));

/** Fields every command request carries (camelCased; absent scalars arrive as '' or 0, see PROTO_LOADER_OPTIONS). */
export interface AppraisalRequest {
  actor?: { userId?: string; role?: string; unitId?: string } | null;
  cycleId?: string;
  unitId?: string;
}

/** par.common.v1.CommandResult */
export interface CommandReply {
  streamId: string;
  version: number;
  eventsAppended: number;
}

export function actorOf({ actor }: AppraisalRequest): Actor {
  if (!actor?.userId) throw new RequestError('ACTOR_INVALID', 'actor.user_id is required', 'actor.userId');
  if (!isRole(actor.role)) throw new RequestError('ACTOR_INVALID', `actor.role ${JSON.stringify(actor.role ?? '')} is not a role`, 'actor.role');
  return { userId: actor.userId, role: actor.role, ...(actor.unitId ? { unitId: actor.unitId } : {}) };
}

/** Sends the command for the request's appraisal through the command bus. */
export async function issue(commands: CommandBus, request: AppraisalRequest, command: AppraisalCommand): Promise<CommandReply> {
  if (!request.cycleId) throw new RequestError('REQUEST_INVALID', 'cycle_id is required', 'cycleId');
  if (!request.unitId) throw new RequestError('REQUEST_INVALID', 'unit_id is required', 'unitId');
  const issued = await commands.execute(new IssueAppraisalCommand(request.cycleId, request.unitId, command));
  return { streamId: issued.streamId, version: issued.version, eventsAppended: issued.events.length };
}

/** An empty string means absent (proto3 scalars have no null). */
export function optional(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : text;
}
