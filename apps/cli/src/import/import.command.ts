import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CycleFile, parseCycleFile } from '@par/contracts';
import type { EventStore } from '@par/event-store';
import { CliError, logToStderr } from '../cli/cli-error';
import { openPlatform, Platform } from '../platform/platform';
import { CommandTarget } from './command-target';
import { dryRunTarget } from './dry-run-target';
import { replayCycle, ReplayReport } from './replay-cycle';

export interface ImportOptions {
  file: string;
  dataDir: string;
}

export interface ImportSummary {
  cycle: string;
  commands: number;
  eventsAppended: number;
  seconds: number;
}

/**
 * `par import <file>`: validates the whole file (every problem named, nothing opened), rehearses every
 * command in memory against a copy of today's logs, and only then replays them for real. So a file with
 * any error — one the file checks catch or one only a service's decider catches — changes nothing.
 * Prints a JSON summary on stdout; progress on stderr.
 */
export async function importCommand({ file, dataDir }: ImportOptions): Promise<ImportSummary> {
  const cycleFile = readCycleFile(file);
  const started = Date.now();
  const platform = await openPlatform(dataDir, logToStderr);
  try {
    const summary = await importInto(platform, cycleFile, logToStderr);
    const result = { ...summary, seconds: (Date.now() - started) / 1000 };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return result;
  } finally {
    await platform.close();
  }
}

/** Reusable by whatever holds a running platform (the gateway's upload, tests). */
export async function importInto(platform: Platform, file: CycleFile, log: (line: string) => void): Promise<Omit<ImportSummary, 'seconds'>> {
  const cycleId = file.cycle.id;
  const correlationId = `import-${cycleId}-${randomUUID()}`;
  const now = new Date();
  const logs = { submissions: platform.stores.submissions as EventStore, appraisal: platform.stores.appraisal as EventStore };

  log(`import ${cycleId}: rehearsing every command in memory against the current logs`);
  let rehearsal: ReplayReport;
  const dryStart = Date.now();
  try {
    rehearsal = await replayCycle(file, await dryRunTarget(logs), { correlationId, now, progress: (line) => log(`  dry run: ${line}`) });
  } catch (error) {
    throw new CliError(`import of ${cycleId} refused, nothing was changed: ${error instanceof Error ? error.message : String(error)}`);
  }
  log(
    `import ${cycleId}: rehearsal passed in ${((Date.now() - dryStart) / 1000).toFixed(1)} s (${rehearsal.commands} commands, ${rehearsal.events} events to record)`,
  );
  if (rehearsal.events === 0) {
    log(`import ${cycleId}: already imported, nothing to record`);
    return { cycle: cycleId, commands: rehearsal.commands, eventsAppended: 0 };
  }

  const deadBefore = await platform.deadLetters();
  const realStart = Date.now();
  const real = new CommandTarget(platform.commands, logs, () => platform.caughtUp());
  const report = await replayCycle(file, real, { correlationId, now, progress: (line) => log(`  ${line}`) });
  await platform.caughtUp();
  const deadAfter = await platform.deadLetters();
  const lost = Object.entries(deadAfter).filter(([service, count]) => count > deadBefore[service as keyof typeof deadBefore]);
  if (lost.length > 0) {
    throw new CliError(
      `import of ${cycleId} recorded its events, but consumers gave up on some (dead letters in ${lost.map(([service]) => `${service}.dead_letters`).join(', ')}): read models are incomplete`,
    );
  }
  log(`import ${cycleId}: recorded ${report.events} events from ${report.commands} commands in ${((Date.now() - realStart) / 1000).toFixed(1)} s`);
  return { cycle: cycleId, commands: report.commands, eventsAppended: report.events };
}

/** Reads and validates the file before anything is opened: its problems, every one, on stderr. */
export function readCycleFile(path: string): CycleFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path} is not JSON: ${(error as Error).message}`);
  }
  const parsed = parseCycleFile(json);
  if (!parsed.ok) {
    const lines = parsed.errors.map((error) => {
      const where = [
        error.unit && `unit ${error.unit}`,
        error.criterion && `criterion ${error.criterion}`,
        error.value !== undefined && `value ${JSON.stringify(error.value)}`,
      ]
        .filter(Boolean)
        .join(', ');
      return `  ${error.code}: ${error.message}${where ? ` (${where})` : ''}`;
    });
    throw new CliError(`${path}: ${parsed.errors.length} problem(s), nothing was imported:\n${lines.join('\n')}`);
  }
  return parsed.value;
}
