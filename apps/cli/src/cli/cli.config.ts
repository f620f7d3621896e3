import { parseConfig, portField } from '@par/config';
import { z } from 'zod';

/** The environment `par` reads (the embedded platform's), parsed once by one schema like every app's. */
export const cliEnvironmentSchema = z.object({
  /** The embedded API's port when --port is not given. */
  PORT: portField().default(3000),
  /** The embedded gateway's token secret; unset: one generated per data dir. */
  PAR_JWT_SECRET: z.string().optional(),
});

export type CliEnvironment = z.output<typeof cliEnvironmentSchema>;

export function cliEnvironment(source: Record<string, string | undefined> = process.env): CliEnvironment {
  return parseConfig('par', cliEnvironmentSchema, source);
}
