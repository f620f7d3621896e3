import { ConfigError } from './config-error';

/**
 * Runs an app's main(): a configuration error prints its message (it names every bad variable, a stack
 * would add nothing) and exits 2; any other failure to start prints its stack and exits 1.
 */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
