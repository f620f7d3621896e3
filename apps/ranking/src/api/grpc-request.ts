import { applyDecorators, Controller, UseFilters } from '@nestjs/common';
import { RequestError, RpcErrorFilter } from '@par/grpc-server';
import type { Actor } from '../domain/decision.commands';

/** The service name in libs/contracts/proto/ranking.proto. */
export const RANKING_SERVICE = 'Ranking';

/** A gRPC controller of the ranking service: errors leave as statuses with {code, field, message}. */
export const RankingGrpcController = () => applyDecorators(Controller(), UseFilters(RpcErrorFilter));

/** The proto's Actor as proto-loader gives it (camelCase, '' for absent). */
export interface ActorMessage {
  userId?: string;
  role?: string;
  unitId?: string;
}

/**
 * The actor as the decider expects it. Without a user the log could not say who published; the role
 * goes on unchecked: the decider refuses anyone but a PROVINCE_ADMIN with ROLE_NOT_ALLOWED.
 */
export function actorOf(actor: ActorMessage | null | undefined): Actor {
  if (!actor?.userId) throw new RequestError('ACTOR_INVALID', 'actor.user_id is required', 'actor.userId');
  return { userId: actor.userId, role: (actor.role ?? '') as Actor['role'], ...(actor.unitId ? { unitId: actor.unitId } : {}) };
}

/** Ids that name a stream or a cycle must be there before anything is read or built from them. */
export function requiredId(value: string | undefined, field: string): string {
  if (!value || value.trim() === '') throw new RequestError('REQUEST_INVALID', `${field} is required`, field);
  return value;
}

/** proto3 has no null: an empty string is an absent optional text. */
export function optional(text: string | undefined | null): string | undefined {
  return text === undefined || text === null || text === '' ? undefined : text;
}
