import { RequestError, requiredId } from '@par/grpc-server';

/**
 * Why the services would refuse `value` as an id (their one check, requiredId: not blank, at most 200
 * characters, no control character such as a NUL byte), named `field` in the message; undefined when
 * they would accept it. The gateway refuses such an id itself, by the same rule, before any call.
 */
export function idProblem(value: string, field: string): string | undefined {
  try {
    requiredId(value, field);
    return undefined;
  } catch (error) {
    if (error instanceof RequestError) return error.message;
    throw error;
  }
}
