import { randomUUID } from 'node:crypto';
import type { CycleFile } from '@par/contracts';
import { PublishDecisionCommand } from '@par/ranking';
import { CliError } from '../cli/cli-error';
import type { Platform } from '../platform/platform';
import type { CycleSource } from './cycle-source';
import { provinceAdmin } from './import-actors';
import { ReplayClock } from './replay-clock';
import { replayCycle } from './replay-cycle';
import { stagedImport } from './staged-target';

export interface ImportSummary {
  cycle: string;
  commands: number;
  eventsAppended: number;
}

/** Where the time went, for `npm run bench -- import`: deciding, recording, and the read models catching up. */
export interface ImportTimings {
  decideSeconds: number;
  recordSeconds: number;
  readModelSeconds: number;
}

/** Where an import is: commands decided out of the file's total, and the phase it is in. */
export interface ImportProgress {
  readonly done: number;
  readonly total: number;
  readonly phase: 'deciding' | 'recording' | 'read models' | 'publishing';
}

export interface ImportHooks {
  log: (line: string) => void;
  progress?: (progress: ImportProgress) => void;
  timings?: (timings: ImportTimings) => void;
}

/**
 * Imports a checked cycle file into a running platform (the CLI, the gateway's upload). Every command
 * is decided first, by the services' own handlers over the logs staged in memory, so a file any decider
 * refuses changes nothing; then everything decided is recorded in one transaction, each stream in one
 * batch; then the read models catch up; then, when the file names its published decision, the results
 * are published as it. Every imported event carries the file's checksum (its provenance).
 */
export async function importInto(platform: Platform, source: CycleSource, hooks: ImportHooks): Promise<ImportSummary> {
  const { file } = source;
  const cycleId = file.cycle.id;
  const { log } = hooks;
  const total = commandsOf(file);
  const report = (done: number, phase: ImportProgress['phase']) => hooks.progress?.({ done: Math.min(done, total), total, phase });
  const correlationId = `import-${cycleId}-${randomUUID()}`;
  const clock = new ReplayClock();
  const provenance = { provenance: { source: 'import', file: source.checksum, format: source.format } };
  const { submissions, appraisal, survey } = platform.stores;
  const staged = stagedImport({ submissions, appraisal, survey }, clock, provenance);

  const deciding = Date.now();
  let replayed;
  try {
    replayed = await replayCycle(file, staged.target, {
      correlationId,
      now: new Date(),
      clock,
      progress: (line) => log(`  ${line}`),
      onCommand: (done) => (done % 100 === 0 ? report(done, 'deciding') : undefined),
    });
  } catch (error) {
    throw new CliError(`import of ${cycleId} refused, nothing was changed: ${error instanceof Error ? error.message : String(error)}`);
  }
  log(`import ${cycleId}: ${replayed.commands} commands decided in ${seconds(deciding)} s, ${staged.staged()} events to record (appraisal starts included)`);

  const decided = Date.now();
  let [recorded, readModels] = [decided, decided];
  let eventsAppended = 0;
  if (replayed.events === 0) {
    log(`import ${cycleId}: already imported, nothing to record`);
  } else {
    report(replayed.commands, 'recording');
    const recording = Date.now();
    eventsAppended = await staged.commit();
    log(`import ${cycleId}: recorded ${eventsAppended} events in one transaction in ${seconds(recording)} s`);
    recorded = Date.now();
    report(replayed.commands, 'read models');
    await caughtUp(platform, cycleId, log);
    readModels = Date.now();
  }
  hooks.timings?.({ decideSeconds: (decided - deciding) / 1000, recordSeconds: (recorded - decided) / 1000, readModelSeconds: (readModels - recorded) / 1000 });
  if (file.decision) {
    report(replayed.commands, 'publishing');
    await publishDecision(platform, file, correlationId, log);
  }
  return { cycle: cycleId, commands: replayed.commands, eventsAppended };
}

/** The read models have applied the import; a consumer that gave up on an event makes them incomplete. */
async function caughtUp(platform: Platform, cycleId: string, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  const deadBefore = await platform.deadLetters();
  await platform.caughtUp();
  const deadAfter = await platform.deadLetters();
  const lost = Object.entries(deadAfter).filter(([service, count]) => count > deadBefore[service as keyof typeof deadBefore]);
  if (lost.length > 0) {
    throw new CliError(
      `import of ${cycleId} recorded its events, but consumers gave up on some (dead letters in ${lost.map(([service]) => `${service}.dead_letters`).join(', ')}): read models are incomplete`,
    );
  }
  log(`import ${cycleId}: read models up to date in ${seconds(started)} s`);
}

/** INTERCHANGE v1.1: the import ends by publishing the results as the file's decision (a retry publishes nothing new). */
async function publishDecision(platform: Platform, file: CycleFile, correlationId: string, log: (line: string) => void): Promise<void> {
  const decision = file.decision;
  if (!decision) return;
  const signer = decision.signedBy?.trim() || file.cycle.evaluator;
  try {
    const published = await platform.commands.execute(
      new PublishDecisionCommand(file.cycle.id, decision.number, decision.date, signer, provinceAdmin(file), correlationId),
    );
    log(
      `import ${file.cycle.id}: results published as decision ${decision.number} of ${decision.date} (revision ${published.revision}, snapshot ${published.snapshotHash})`,
    );
  } catch (error) {
    throw new CliError(`import of ${file.cycle.id} recorded the cycle, but publishing decision ${decision.number} was refused: ${(error as Error).message}`);
  }
}

/** The commands a file replays into, for progress: setup, each score and submission, each appraisal step. */
export function commandsOf(file: CycleFile): number {
  const setup = 2 + file.criteriaSets.length + file.groups.length + file.units.length;
  const selfAssessment = (file.selfAssessments ?? []).reduce((sum, entry) => sum + entry.scores.length + 1, 0);
  const appraisal = (file.appraisals ?? []).reduce(
    (sum, entry) =>
      sum + entry.scores.length + (entry.bonus?.length ?? 0) + (entry.deductions?.length ?? 0) + 2 * (entry.explanations?.length ?? 0) + (entry.final ? 2 : 0),
    0,
  );
  const surveys = (file.surveys ?? []).reduce((sum, entry) => sum + new Set(entry.results.map((result) => result.appliedAt ?? '')).size, 0);
  return setup + selfAssessment + appraisal + surveys;
}

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(2);
