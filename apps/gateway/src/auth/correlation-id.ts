import type { Request } from 'express';
import { randomUUID } from 'node:crypto';

const HEADER = 'x-correlation-id';
/** A caller's id is passed on only if it is a plain token: it ends up in every event's metadata. */
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's correlation id: the caller's `x-correlation-id`, else a new one; echoed in the response. */
export function correlationIdOf(request: Request): string {
  const given = request.headers[HEADER];
  const id = typeof given === 'string' && ACCEPTABLE.test(given) ? given : randomUUID();
  request.res?.setHeader(HEADER, id);
  return id;
}
