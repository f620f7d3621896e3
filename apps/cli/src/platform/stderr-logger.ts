import type { LoggerService } from '@nestjs/common';

/**
 * Nest's console logger writes warnings to stdout; the CLI keeps stdout for machine-readable output
 * (INTERCHANGE.md), so everything Nest says goes to stderr, and only warnings and errors at that.
 */
export function stderrLogger(): LoggerService {
  const write =
    (level: string) =>
    (message: unknown, ...context: unknown[]) =>
      process.stderr.write(
        `nest ${level}: ${message instanceof Error ? message.stack : String(message)}${context.length ? ` ${context.filter((c) => typeof c === 'string').join(' ')}` : ''}\n`,
      );
  return { log: () => undefined, debug: () => undefined, verbose: () => undefined, warn: write('warn'), error: write('error'), fatal: write('fatal') };
}
