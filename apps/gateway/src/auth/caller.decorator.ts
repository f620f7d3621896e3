import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Caller } from './principal';

/** The authenticated caller the AuthGuard settled on (actor + correlation id). */
export const CallerOf = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const caller = context.switchToHttp().getRequest<{ caller?: Caller }>().caller;
  if (!caller) throw new Error('no caller: the route ran without AuthGuard');
  return caller;
});
