import type { z } from 'zod';
import { ConfigError } from './config-error';

/**
 * Reads a process's configuration once, at start, through its zod schema: a wrong port or URL stops the
 * process before it binds anything, with one message naming every bad variable. Empty strings count as
 * unset, as shells and compose files write them.
 */
export function parseConfig<Schema extends z.ZodType>(app: string, schema: Schema, source: Record<string, string | undefined> = process.env): z.output<Schema> {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(present);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    app,
    parsed.error.issues.map((issue) => {
      const name = issue.path.join('.') || '(configuration)';
      const value = issue.path.length === 1 ? present[String(issue.path[0])] : undefined;
      return `${name}: ${issue.message}${value === undefined ? '' : ` (got ${JSON.stringify(value)})`}`;
    }),
  );
}
