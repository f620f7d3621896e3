import { readFileSync, statSync } from 'node:fs';
import { CliError, logToStderr } from '../cli/cli-error';
import { openPlatform } from '../platform/platform';
import { type CycleSource, describeProblem, formatOf, MAX_CYCLE_FILE_BYTES, readCycleSource } from './cycle-source';
import { importInto, type ImportSummary, type ImportTimings } from './import-cycle';

export interface ImportOptions {
  file: string;
  dataDir: string;
}

/**
 * `par import <file.json|file.xlsx>`: reads and checks the whole file (every problem named, nothing
 * opened), then imports it (see importInto): all of it, or nothing. Prints a JSON summary on stdout;
 * progress on stderr.
 */
export async function importCommand({ file, dataDir }: ImportOptions): Promise<ImportSummary & { seconds: number }> {
  const started = Date.now();
  const source = await readSourceFile(file);
  const platform = await openPlatform(dataDir, logToStderr);
  try {
    let timings: ImportTimings | undefined;
    const summary = await importInto(platform, source, { log: logToStderr, timings: (measured) => (timings = measured) });
    // Where the time and memory went, for operators and `npm run bench -- import`.
    const peakRssBytes = process.resourceUsage().maxRSS * 1024;
    const result = { ...summary, seconds: (Date.now() - started) / 1000, timings, peakRssBytes };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return result;
  } finally {
    await platform.close();
  }
}

/** A cycle file from the disk, checked before anything is opened: its problems, every one, on stderr. */
export async function readSourceFile(path: string): Promise<CycleSource> {
  const format = formatOf(path);
  if (!format) throw new CliError(`${path}: a cycle file is .json or .xlsx`);
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_CYCLE_FILE_BYTES) throw new CliError(`${path} is larger than ${MAX_CYCLE_FILE_BYTES} bytes, the most a cycle file may have`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const read = await readCycleSource(bytes, path, format);
  if (!read.ok) {
    const lines = read.problems.map((problem) => `  ${describeProblem(problem)}`);
    throw new CliError(`${path}: ${read.problems.length} problem(s), nothing was imported:\n${lines.join('\n')}`);
  }
  return read.source;
}
