import type { AppraisalEntry, CycleFile, EvidenceEntry, ExplanationEntry, UnitEntry } from '@par/contracts';
import { foldRecorded } from '@par/event-store';
import { appraisalDecider, appraisalStream, type StartedAppraisal } from '@par/appraisal';
import { cycleDecider, cycleStream, leavesOfUnit, notApplicableFor } from '@par/submissions';
import { appraiser, councilChair, councilVotes, provinceAdmin, unitHead, unitReporter } from './import-actors';
import type { CommandTarget } from './command-target';
import { fileTimeInstant } from '@par/contracts';
import type { ReplayClock } from './replay-clock';
import { replaySurveys } from './replay-surveys';

export interface ReplayOptions {
  correlationId: string;
  /** The import's instant: an appraisal whose file gives no times has its timeline laid out to end here. */
  now: Date;
  /** Set to the file's time of each value before its commands (v1.1 times); the handlers read it. */
  clock: ReplayClock;
  progress: (line: string) => void;
  /** Commands replayed so far, after each one (for a progress bar). */
  onCommand?: (done: number) => void;
}

export interface ReplayReport {
  commands: number;
  events: number;
}

/** Days the units had to explain; a past cycle's window is over by the time it is imported. */
export const EXPLANATION_WINDOW_DAYS = 10;
/** The longest window the appraisal decider accepts. */
const MAX_WINDOW_DAYS = 366;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A cycle file as the commands people would have issued, in the order they would have issued them:
 * the admin sets the cycle up and opens it; each unit scores and submits; the submission starts its
 * appraisal; the appraiser appraises, adjusts and sends the result; the unit explains; the council
 * decides and the chair finalizes; the survey results the file carries come last. Repeats decide nothing (the deciders return no events), and the
 * steps an appraisal has already passed (a result sent, an explanation filed) are not taken again, so
 * replaying a file twice changes nothing.
 */
export async function replayCycle(file: CycleFile, target: CommandTarget, options: ReplayOptions): Promise<ReplayReport> {
  const report: ReplayReport = { commands: 0, events: 0 };
  const count = (appended: number) => {
    report.commands += 1;
    report.events += appended;
    options.onCommand?.(report.commands);
  };
  const { correlationId, progress, clock } = options;
  const cycleId = file.cycle.id;
  const admin = provinceAdmin(file);

  const setUp = async (command: Parameters<CommandTarget['setUpCycle']>[0]) => count(await target.setUpCycle(command, correlationId));
  const { year, title, evaluator, thresholds } = file.cycle;
  await setUp({ type: 'CreateCycle', cycleId, actor: admin, year, title, evaluator, thresholds });
  for (const set of file.criteriaSets)
    await setUp({ type: 'DefineCriteriaSet', cycleId, actor: admin, criteriaSetId: set.id, criteria: set.criteria as never });
  for (const group of file.groups) {
    await setUp({
      type: 'DefineGroup',
      cycleId,
      actor: admin,
      groupId: group.id,
      name: group.name,
      criteriaSetId: group.criteriaSet,
      thresholds: group.thresholds ?? null,
    });
  }
  for (const unit of parentsFirst(file.units)) {
    await setUp({ type: 'RegisterUnit', cycleId, actor: admin, unitId: unit.id, name: unit.name, groupId: unit.group, parentId: unit.parent ?? null });
  }
  await setUp({ type: 'OpenCycle', cycleId, actor: admin });
  progress(
    `setup: cycle ${cycleId}, ${file.criteriaSets.length} criteria sets, ${file.groups.length} groups, ${file.units.length} units (${report.events} events)`,
  );

  const selfAssessments = file.selfAssessments ?? [];
  for (const [index, entry] of selfAssessments.entries()) {
    const unitId = entry.unit;
    const reporter = unitReporter(unitId, entry);
    clock.set(fileTimeInstant(entry.submittedAt));
    for (const score of entry.scores) {
      const evidence = (score.evidence ?? []).map(evidenceInput);
      const { criterion, points } = score;
      // A file is history: a published decision's scores carry no evidence (INTERCHANGE v1.1).
      const command = {
        type: 'ScoreCriterion',
        cycleId,
        unitId,
        actor: reporter,
        criterion,
        points,
        evidence,
        note: score.note ?? null,
        fromPublishedRecord: true,
      } as const;
      count(await target.selfAssess(command, correlationId));
    }
    count(await target.selfAssess({ type: 'SubmitSelfAssessment', cycleId, unitId, actor: unitHead(unitId, entry) }, correlationId));
    // The submission starts the unit's appraisal (the appraisal service's consumer), at the submission's time.
    await target.settle();
    clock.set(undefined);
    if ((index + 1) % 5 === 0 || index + 1 === selfAssessments.length)
      progress(`self-assessments: ${index + 1}/${selfAssessments.length} units submitted (${report.events} events so far)`);
  }

  const appraisals = file.appraisals ?? [];
  for (const [index, entry] of appraisals.entries()) {
    await replayAppraisal(file, entry, target, options, count);
    if ((index + 1) % 5 === 0 || index + 1 === appraisals.length)
      progress(`appraisals: ${index + 1}/${appraisals.length} units (${report.events} events so far)`);
  }

  if ((file.surveys ?? []).length > 0) {
    await replaySurveys(file, target, { correlationId, clock, count });
    progress(`surveys: ${file.surveys?.length} campaigns' published results (${report.events} events so far)`);
  }
  return report;
}

async function replayAppraisal(
  file: CycleFile,
  entry: AppraisalEntry,
  target: CommandTarget,
  options: ReplayOptions,
  count: (appended: number) => void,
): Promise<void> {
  const cycleId = file.cycle.id;
  const unitId = entry.unit;
  const issue = async (command: Parameters<CommandTarget['appraise']>[0]) => count(await target.appraise(command, cycleId, unitId, options.correlationId));
  const state = async () => foldRecorded(appraisalDecider, await target.readStream('appraisal', appraisalStream(cycleId, unitId)));
  const self = (file.selfAssessments ?? []).find((candidate) => candidate.unit === unitId);
  const byAppraiser = appraiser(file, entry);
  const chair = councilChair(file, entry);
  const explanations = entry.explanations ?? [];
  const timeline = appraisalTimeline(entry, options.now);
  const { clock } = options;
  clock.set(timeline.appraisedAt);
  let current = await state();
  if (current.phase === 'notStarted') {
    // No self-assessment to start it: the admin opens the appraisal with the unit's leaves and no claims.
    if (self) throw new Error(`the appraisal of ${unitId} did not start from its submission`);
    const cycle = foldRecorded(cycleDecider, await target.readStream('submissions', cycleStream(cycleId)));
    await issue({
      type: 'StartAppraisal',
      actor: provinceAdmin(file),
      cycleId,
      unitId,
      leaves: leavesOfUnit(cycle, unitId),
      notApplicable: notApplicableFor(cycle, unitId),
      selfScores: [],
    });
    current = await state();
  }
  if (current.phase === 'appraising') {
    for (const score of entry.scores) {
      if (score.applicable === false) {
        await issue({ type: 'MarkCriterionNotApplicable', actor: byAppraiser, criterion: score.criterion, reason: score.reason ?? '' });
      } else {
        await issue({
          type: 'AppraiseCriterion',
          actor: byAppraiser,
          criterion: score.criterion,
          points: score.points,
          ...(score.reason ? { reason: score.reason } : {}),
        });
      }
    }
    const recorded = (kind: 'bonus' | 'deduction') => (current as StartedAppraisal).adjustments.filter((adjustment) => adjustment.kind === kind).length;
    // Adjustments are not idempotent by value (two equal bonuses are two bonuses): record only those beyond what is recorded.
    for (const bonus of (entry.bonus ?? []).slice(recorded('bonus')))
      await issue({ type: 'RecordBonus', actor: byAppraiser, points: bonus.points, reason: bonus.reason ?? '' });
    for (const deduction of (entry.deductions ?? []).slice(recorded('deduction'))) {
      await issue({ type: 'RecordDeduction', actor: byAppraiser, points: deduction.points, reason: deduction.reason ?? '' });
    }
    if (entry.final || explanations.length > 0) {
      await issue({ type: 'SendResultToUnit', actor: byAppraiser, explanationWindowDays: timeline.windowDays, now: timeline.sentAt });
    }
    current = await state();
  }
  if (current.phase === 'resultSent') {
    const explainer = unitReporter(unitId, self);
    for (const explanation of explanations) {
      const leaf = current.leaves.get(explanation.criterion);
      if (leaf?.explanation === 'resolved') continue;
      const filedAt = timeline.filedAt(explanation);
      if (leaf?.explanation !== 'open') {
        clock.set(fileTimeInstant(explanation.at));
        await issue({
          type: 'FileExplanation',
          actor: explainer,
          criterion: explanation.criterion,
          text: explanation.text ?? '',
          evidence: (explanation.evidence ?? []).map(evidenceInput),
          now: filedAt,
        });
      }
      // The council decides when it meets to finalize, if the file says when; else when it was explained.
      clock.set(timeline.finalizedAt ?? fileTimeInstant(explanation.at));
      const points = explanation.decision === 'changed' ? { points: explanation.points } : {};
      await issue({
        type: 'ResolveExplanation',
        actor: chair,
        criterion: explanation.criterion,
        decision: explanation.decision,
        ...points,
        reason: explanation.reason ?? '',
        votes: councilVotes(explanation.votes),
      });
    }
    clock.set(timeline.finalizedAt);
    if (entry.final) await issue({ type: 'FinalizeAppraisal', actor: chair, now: timeline.finalizedAt ?? options.now });
  }
  clock.set(undefined);
}

interface AppraisalTimeline {
  /** The file's appraisal time (v1.1), else absent: the recording time. */
  readonly appraisedAt: Date | undefined;
  readonly finalizedAt: Date | undefined;
  /** When the unit saw its result: the appraisal time, else a window's length before the import. */
  readonly sentAt: Date;
  /** Long enough for every explanation the file dates, and closed before the council finalized. */
  readonly windowDays: number;
  filedAt(explanation: ExplanationEntry): Date;
}

/**
 * The appraisal's times as the deciders need them to be consistent: explanations within the window, the
 * window over when the council finalized. From the file's v1.1 times where it gives them; a file without
 * times has its appraisal laid out to end at the import's instant, as before.
 */
function appraisalTimeline(entry: AppraisalEntry, now: Date): AppraisalTimeline {
  const appraisedAt = fileTimeInstant(entry.appraisedAt);
  const finalizedAt = fileTimeInstant(entry.finalizedAt);
  const sentAt = appraisedAt ?? new Date((finalizedAt ?? now).getTime() - (EXPLANATION_WINDOW_DAYS + 1) * DAY_MS);
  const filedAt = (explanation: ExplanationEntry) => fileTimeInstant(explanation.at) ?? new Date(sentAt.getTime() + DAY_MS);
  const latest = Math.max(sentAt.getTime() + DAY_MS, ...(entry.explanations ?? []).map((explanation) => filedAt(explanation).getTime()));
  const needed = Math.ceil((latest - sentAt.getTime()) / DAY_MS);
  const room = finalizedAt ? Math.ceil((finalizedAt.getTime() - sentAt.getTime()) / DAY_MS) - 1 : EXPLANATION_WINDOW_DAYS;
  const windowDays = Math.min(MAX_WINDOW_DAYS, Math.max(1, needed, Math.min(EXPLANATION_WINDOW_DAYS, room)));
  return { appraisedAt, finalizedAt, sentAt, windowDays, filedAt };
}

/** Registration needs the parent first; the file may list a district after its communes. */
function parentsFirst(units: readonly UnitEntry[]): UnitEntry[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const ordered: UnitEntry[] = [];
  const placed = new Set<string>();
  const place = (unit: UnitEntry) => {
    if (placed.has(unit.id)) return;
    placed.add(unit.id);
    const parent = unit.parent ? byId.get(unit.parent) : undefined;
    if (parent) place(parent);
    ordered.push(unit);
  };
  units.forEach(place);
  return ordered;
}

function evidenceInput(entry: EvidenceEntry) {
  return {
    title: entry.title,
    ...(entry.documentNo ? { documentNo: entry.documentNo } : {}),
    ...(entry.date ? { date: entry.date } : {}),
    ...(entry.section ? { section: entry.section } : {}),
  };
}
