import type { Metadata } from '@grpc/grpc-js';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../domain/shared/actor';
import { RequestError } from '@par/grpc-server';

/** The proto's Actor as proto-loader gives it (camelCase, '' for absent). */
export interface ActorMessage {
  userId?: string;
  role?: string;
  unitId?: string;
}

/**
 * The actor as the deciders expect it. The role is passed on unchecked: the deciders refuse an unknown
 * or missing role with ROLE_NOT_ALLOWED, the same refusal a CLI import gets.
 */
export function actorOf(actor: ActorMessage | null | undefined): Actor {
  return {
    userId: actor?.userId ?? '',
    role: (actor?.role ?? '') as Actor['role'],
    ...(actor?.unitId ? { unitId: actor.unitId } : {}),
  };
}

/** Ids that name a stream must be there before a stream id is built from them. */
export function requiredId(value: string | undefined, field: string): string {
  if (!value || value.trim() === '') throw new RequestError('REQUEST_INVALID', `${field} is required`, field);
  return value;
}

/** proto3 has no null: an empty string is an absent optional text. */
export function optional(text: string | undefined | null): string | undefined {
  return text === undefined || text === null || text === '' ? undefined : text;
}

/** The caller's correlation id (gRPC metadata `x-correlation-id`), else a new one for this request. */
export function correlationIdOf(metadata: Metadata | undefined): string {
  const given = metadata?.get('x-correlation-id')?.[0];
  return typeof given === 'string' && given !== '' ? given : randomUUID();
}
