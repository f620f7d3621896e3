import { escapeIdentifier } from 'pg';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * A service's schema name, quoted for SQL. Names are restricted to lowercase identifiers because they are
 * spliced into DDL and into the append function's body (and into advisory-lock keys).
 */
export function quotedSchema(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`Schema name "${schema}" must match ${SCHEMA_NAME}`);
  return escapeIdentifier(schema);
}
