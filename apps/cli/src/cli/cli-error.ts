/** A failure the CLI reports as one clear line on stderr and exit code 1 (usage problems exit 2). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Progress and logs: stderr only, so stdout stays machine-readable. */
export const logToStderr = (line: string): void => {
  process.stderr.write(`${line}\n`);
};
