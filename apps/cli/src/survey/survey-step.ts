import { CliError } from '../cli/cli-error';

/** A survey command refused by the service: one line naming the step, the code and the field. */
export async function surveyStep<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const { code, field, message, details } = (error ?? {}) as { code?: unknown; field?: unknown; message?: unknown; details?: unknown };
    if (typeof code !== 'string') throw error;
    const more = Array.isArray(details) && details.length > 0 ? `\n  ${details.join('\n  ')}` : '';
    throw new CliError(`${what} refused [${code}${typeof field === 'string' && field ? `, field ${field}` : ''}]: ${String(message)}${more}`);
  }
}
