import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@par/contracts';
import type { Request } from 'express';
import { ProblemError } from '../problems/problem';
import { ALLOWED_ROLES, INDEPENDENT_OF_UNIT } from './allow.decorator';
import { correlationIdOf } from './correlation-id';
import type { Actor } from '@par/contracts';
import type { Caller, Principal } from './principal';
import { TokenVerifier } from './token-verifier';

const UNIT_ROLES: readonly Role[] = ['UNIT_REPORTER', 'UNIT_HEAD'];
const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Authenticates every route (bearer JWT) and authorises it: the route's roles, NATIONAL_VIEWER only
 * reading, unit reporters and heads only for their own unit, appraisers never on their own unit. The
 * actor it settles on is what the services receive and record in the event metadata.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  // Explicit tokens: tsx (the embedded platform's runner) emits no decorator metadata.
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(TokenVerifier) private readonly tokens: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & { caller?: Caller }>();
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, [context.getHandler(), context.getClass()]);
    // A route without @Allow is a mistake, not a public route: refuse rather than expose it.
    if (!allowed) throw new ProblemError(403, 'ROLE_NOT_ALLOWED', 'This route admits no role', 'roles');

    const correlationId = correlationIdOf(request);
    const principal = await this.tokens.verify(bearerToken(request));
    const actor = actingAs(principal, allowed, request.method);
    const unitId = request.params?.unitId;
    if (typeof unitId === 'string') this.checkUnit(actor, unitId, context);

    request.caller = { actor, correlationId, ...(principal.tenant ? { tenant: principal.tenant } : {}) };
    return true;
  }

  private checkUnit(actor: Actor, unitId: string, context: ExecutionContext): void {
    if (UNIT_ROLES.includes(actor.role) && actor.unitId !== unitId) {
      const whose = actor.unitId ? `of unit "${actor.unitId}"` : 'without a unit';
      throw new ProblemError(403, 'WRONG_UNIT', `A ${actor.role} ${whose} cannot act for unit "${unitId}"`, 'unitId');
    }
    const independent = this.reflector.getAllAndOverride<boolean | undefined>(INDEPENDENT_OF_UNIT, [context.getHandler(), context.getClass()]);
    if (independent && actor.role === 'APPRAISER' && actor.unitId === unitId) {
      throw new ProblemError(403, 'APPRAISER_OWN_UNIT', `An appraiser of unit "${unitId}" may not appraise it`, 'unitId');
    }
  }
}

function bearerToken(request: Request): string {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!match) throw new ProblemError(401, 'TOKEN_MISSING', 'A bearer token is required (Authorization: Bearer <JWT>)', 'authorization');
  return match[1];
}

/**
 * The role the principal acts in: the first of its roles (in the token's order) that the route allows.
 * A national viewer never writes, whatever a route says.
 */
function actingAs(principal: Principal, allowed: readonly Role[], method: string): Actor {
  const writing = !READ_METHODS.has(method.toUpperCase());
  const role = principal.roles.find((candidate) => allowed.includes(candidate) && !(writing && candidate === 'NATIONAL_VIEWER'));
  if (!role) {
    const why = writing && principal.roles.includes('NATIONAL_VIEWER') ? ' (NATIONAL_VIEWER only reads)' : '';
    throw new ProblemError(
      403,
      'ROLE_NOT_ALLOWED',
      `Roles ${principal.roles.join(', ')} may not ${method} this resource${why}; allowed: ${allowed.join(', ')}`,
      'roles',
    );
  }
  return { userId: principal.userId, role, ...(principal.unitId ? { unitId: principal.unitId } : {}) };
}
