import { randomUUID } from 'node:crypto';
import type { Metadata } from '@grpc/grpc-js';
import { Actor, isRole, RpcRequest } from '@par/contracts';
import { RequestError } from './request-error';

/**
 * The checks every service makes on a gRPC request before it forms a command — the same in each, so a
 * request the gateway did not shape (a test, another client) is refused alike everywhere.
 */

/** common.proto Actor as it arrives (camelCase; '' for an absent unit). */
export type ActorMessage = RpcRequest<'submissions', 'CreateCycle'>['actor'];

/** The caller: a user id and a known role are required; the unit is optional ('' means none). */
export function actorOf(actor: ActorMessage | undefined): Actor {
  if (!actor?.userId?.trim()) throw new RequestError('ACTOR_INVALID', 'actor.userId is required', 'actor.userId');
  if (!isRole(actor.role)) throw new RequestError('ACTOR_INVALID', `actor.role ${JSON.stringify(actor.role ?? '')} is not a role`, 'actor.role');
  return { userId: actor.userId, role: actor.role, ...(actor.unitId ? { unitId: actor.unitId } : {}) };
}

/** Longest id accepted: ids name streams and rows, and appear in every audit line. */
export const MAX_ID_LENGTH = 200;

/**
 * Why `value` is no id that names a stream or a row (present, not blank, no control characters such as a
 * NUL byte, bounded), named `field` in the message; undefined when it is one. The gateway refuses such an
 * id itself, by this same rule, before any call.
 */
export function idProblem(value: string | undefined | null, field: string): string | undefined {
  if (value === undefined || value === null || value.trim() === '') return `${field} is required`;
  if (value.length > MAX_ID_LENGTH) return `${field} is longer than ${MAX_ID_LENGTH} characters`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return `${field} contains a control character`;
  return undefined;
}

/** An id that names a stream or a row (idProblem's rule); a RequestError naming `field` otherwise. */
export function requiredId(value: string | undefined | null, field: string): string {
  const problem = idProblem(value, field);
  if (problem !== undefined) throw new RequestError('REQUEST_INVALID', problem, field);
  return value as string; // idProblem refused undefined and null
}

/** proto3 scalars have no null: an empty string is an absent optional text. */
export function optionalText(text: string | undefined | null): string | undefined {
  return text === undefined || text === null || text === '' ? undefined : text;
}

/** The caller's correlation id (metadata `x-correlation-id`), else a new one for this request. */
export function correlationIdOf(metadata: Metadata | undefined): string {
  const given = metadata?.get('x-correlation-id')?.[0];
  return typeof given === 'string' && given !== '' && given.length <= MAX_ID_LENGTH ? given : randomUUID();
}
