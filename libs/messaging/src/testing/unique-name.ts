import { randomBytes } from 'node:crypto';

/** `prefix_<hex>`: lowercase, valid as a schema name, a service name (with dashes) and a group id. */
export function uniqueName(prefix: string): string {
  return `${prefix}${randomBytes(4).toString('hex')}`;
}
