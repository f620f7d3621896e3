import type { CycleFile, SurveyResultEntry, SurveyResultsEntry } from '@par/contracts';
import { IndexValue, Points } from '@par/domain';
import { type ComputedLeafPoints, RecordPublishedResultsCommand } from '@par/survey';
import type { CommandTarget } from './command-target';
import { fileTimeInstant } from '@par/contracts';
import { provinceAdmin } from './import-actors';
import type { ReplayClock } from './replay-clock';

/**
 * A file's published survey results (its `surveys` section) as the survey service records them: each campaign in
 * id order, its results in the order they were applied (one command per time the file gives, those without a time
 * last, at the recording time), so that the value in force of a leaf two campaigns scored is the one the reference
 * computation picks: the latest time, then the greater campaign id.
 */
export async function replaySurveys(
  file: CycleFile,
  target: CommandTarget,
  options: { correlationId: string; clock: ReplayClock; count: (appended: number) => void },
): Promise<void> {
  const groupOfUnit = new Map(file.units.map((unit) => [unit.id, unit.group]));
  const admin = provinceAdmin(file);
  const surveys = [...(file.surveys ?? [])].sort((a, b) => byCodeUnit(a.campaign, b.campaign));
  for (const survey of surveys) {
    const campaign = {
      campaignId: survey.campaign,
      cycleId: file.cycle.id,
      kind: survey.kind,
      title: survey.title,
      scoring: scoringOf(survey, groupOfUnit),
    };
    for (const [time, results] of byTimeApplied(survey.results)) {
      options.clock.set(time);
      const command = new RecordPublishedResultsCommand(campaign, results.map(leafPoints), admin, { correlationId: options.correlationId });
      options.count(await target.recordSurveyResults(command));
    }
    options.clock.set(undefined);
  }
}

/** The leaves a campaign scored, per group, as the results name them. */
function scoringOf(survey: SurveyResultsEntry, groupOfUnit: ReadonlyMap<string, string>): { criterion: string; group: string }[] {
  const pairs = new Map<string, { criterion: string; group: string }>();
  for (const { unit, criterion } of survey.results) {
    const group = groupOfUnit.get(unit) ?? '';
    pairs.set(`${group}\u0000${criterion}`, { criterion, group });
  }
  return [...pairs.values()].sort((a, b) => byCodeUnit(a.group, b.group) || byCodeUnit(a.criterion, b.criterion));
}

/** Results grouped by the instant they were applied, earliest first; those without a time last (undefined). */
function byTimeApplied(results: readonly SurveyResultEntry[]): [Date | undefined, SurveyResultEntry[]][] {
  const groups = new Map<number, SurveyResultEntry[]>();
  for (const result of results) {
    const at = fileTimeInstant(result.appliedAt)?.getTime() ?? Number.POSITIVE_INFINITY;
    groups.set(at, [...(groups.get(at) ?? []), result]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([at, group]) => [Number.isFinite(at) ? new Date(at) : undefined, group]);
}

function leafPoints(result: SurveyResultEntry): ComputedLeafPoints {
  return {
    unitId: result.unit,
    criterion: result.criterion,
    points: Points.of(result.points),
    index: IndexValue.of(result.index),
    respondents: result.respondents,
    answers: result.answers,
  };
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
