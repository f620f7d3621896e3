import { CliError } from '../cli/cli-error';
import { ImportStepError } from '../import/command-target';

/** A survey command refused by the service: one line naming the step, the code and the field, as an import step's refusal reads. */
export async function surveyStep<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const { code, details } = (error ?? {}) as { code?: unknown; details?: unknown };
    if (typeof code !== 'string') throw error;
    // A refused campaign or published file lists each of its problems.
    const more = Array.isArray(details) && details.length > 0 ? `\n  ${details.join('\n  ')}` : '';
    throw new CliError(`${new ImportStepError(what, error).message}${more}`);
  }
}
