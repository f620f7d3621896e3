import {
  AdjustmentEntry,
  AppraisalEntry,
  AppraisalScoreEntry,
  CriteriaSetEntry,
  CriterionEntry,
  CYCLE_FILE_FORMAT,
  CycleFile,
  CycleHeader,
  DecisionEntry,
  EvidenceEntry,
  ExplanationEntry,
  GroupEntry,
  isAppraisalEventType,
  isSubmissionsEventType,
  parseAppraisalEvent,
  parseSubmissionsEvent,
  SelfAssessmentEntry,
  UnitEntry,
} from '@par/contracts';
import { type EventStore, loadStream, type RecordedEvent } from '@par/event-store';
import { appraisalStream } from '@par/appraisal';
import { cycleStream, selfAssessmentStream } from '@par/submissions';
import { decisionStream } from '@par/ranking';
import { CliError } from '../cli/cli-error';
import { surveysFromLog } from './surveys-from-log';

/**
 * A cycle, written back in the interchange format from the services' logs (the record itself, not a
 * read model that might lag): the cycle stream gives the setup, each unit's last submission its self
 * scores, and each unit's appraisal stream its appraised values, adjustments, explanations, the
 * council's decisions (with their votes) and whether it was finalized; the survey log the survey results in
 * force. Importing the export reproduces
 * the results. What v1 cannot say is reported through `warn` (a correction after finalization, a
 * leaf set up as not applicable).
 */
export async function cycleFromLogs(
  logs: { submissions: EventStore; appraisal: EventStore; ranking: EventStore; survey: EventStore },
  cycleId: string,
  warn: (line: string) => void,
): Promise<CycleFile> {
  let header: CycleHeader | undefined;
  const sets = new Map<string, CriteriaSetEntry>();
  const groups = new Map<string, GroupEntry>();
  const units = new Map<string, UnitEntry>();
  for (const recorded of (await loadStream(logs.submissions, cycleStream(cycleId))).events) {
    if (!isSubmissionsEventType(recorded.type)) continue;
    const event = parseSubmissionsEvent(recorded.type, recorded.schemaVersion, recorded.data);
    switch (event.type) {
      case 'CycleCreated': {
        const { year, title, evaluator, thresholds } = event.data;
        header = { id: cycleId, year, title, evaluator, thresholds };
        break;
      }
      case 'CriteriaSetDefined':
      case 'CriteriaSetCorrected':
        sets.set(event.data.criteriaSetId, { id: event.data.criteriaSetId, criteria: event.data.criteria as readonly CriterionEntry[] });
        break;
      case 'GroupDefined': {
        const { groupId, name, criteriaSetId, thresholds } = event.data;
        groups.set(groupId, { id: groupId, name, criteriaSet: criteriaSetId, thresholds });
        break;
      }
      case 'UnitRegistered': {
        const { unitId, name, groupId, parentId } = event.data;
        units.set(unitId, { id: unitId, name, group: groupId, parent: parentId });
        break;
      }
      case 'UnitRenamed': {
        const unit = units.get(event.data.unitId);
        if (unit) units.set(unit.id, { ...unit, name: event.data.name });
        break;
      }
      case 'ApplicabilitySet':
        if (!event.data.applicable)
          warn(`export: ${event.data.unitId} ${event.data.criterion} is set up as not applicable, which interchange v1 cannot say; left out`);
        break;
      default:
        break;
    }
  }
  if (!header) throw new CliError(`cycle ${cycleId} is not in the submissions log`);

  const selfAssessments: SelfAssessmentEntry[] = [];
  const appraisals: AppraisalEntry[] = [];
  for (const unit of units.values()) {
    const self = await lastSubmission(logs.submissions, cycleId, unit.id);
    if (self) selfAssessments.push(self);
    const appraisal = appraisalOf((await loadStream(logs.appraisal, appraisalStream(cycleId, unit.id))).events, unit.id, warn);
    if (appraisal) appraisals.push(appraisal);
  }
  const surveys = await surveysFromLog(logs.survey, cycleId);
  return {
    format: CYCLE_FILE_FORMAT,
    cycle: header,
    criteriaSets: [...sets.values()],
    groups: [...groups.values()],
    units: [...units.values()],
    selfAssessments,
    appraisals,
    ...(await publishedDecision(logs.ranking, cycleId)),
    ...(surveys.length > 0 ? { surveys } : {}),
  };
}

/** The decision in force (its latest revision), as v1.1's `decision`: importing the export publishes it again. */
async function publishedDecision(store: EventStore, cycleId: string): Promise<{ decision?: DecisionEntry }> {
  const latest = (await loadStream(store, decisionStream(cycleId))).events.at(-1);
  if (!latest) return {};
  const { number, date, signer } = latest.data as { number: string; date: string; signer: string };
  return { decision: { number, date, signedBy: signer } };
}

/** When the business fact happened, as its handler recorded it. */
function occurredAt(recorded: RecordedEvent): string | undefined {
  return typeof recorded.metadata.occurredAt === 'string' ? recorded.metadata.occurredAt : undefined;
}

/** The unit's claim is its last submission (a reopened sheet's drafts are no claim until submitted again). */
async function lastSubmission(store: EventStore, cycleId: string, unitId: string): Promise<SelfAssessmentEntry | undefined> {
  const submitted = (await loadStream(store, selfAssessmentStream(cycleId, unitId))).events.filter((event) => event.type === 'SelfAssessmentSubmitted').at(-1);
  if (!submitted) return undefined;
  const event = parseSubmissionsEvent(submitted.type, submitted.schemaVersion, submitted.data);
  if (event.type !== 'SelfAssessmentSubmitted') return undefined;
  return {
    unit: unitId,
    submittedBy: actorOf(submitted),
    submittedAt: occurredAt(submitted),
    scores: event.data.scores.map((score) => ({
      criterion: score.criterion,
      points: score.points,
      ...(score.note ? { note: score.note } : {}),
      ...(score.evidence.length > 0 ? { evidence: score.evidence.map(evidenceEntry) } : {}),
    })),
  };
}

function appraisalOf(stream: readonly RecordedEvent[], unitId: string, warn: (line: string) => void): AppraisalEntry | undefined {
  const scores = new Map<string, AppraisalScoreEntry>();
  const adjustments = new Map<string, { kind: 'bonus' | 'deduction'; entry: AdjustmentEntry }>();
  const explanations = new Map<string, Partial<ExplanationEntry> & { criterion: string }>();
  let appraiser: string | undefined;
  let chair: string | undefined;
  let final = false;
  let appraisedAt: string | undefined;
  let sentAt: string | undefined;
  let finalizedAt: string | undefined;
  let startedBySubmitter = false;
  let moved = false;
  for (const recorded of stream) {
    if (!isAppraisalEventType(recorded.type)) continue;
    const event = parseAppraisalEvent(recorded.type, recorded.schemaVersion, recorded.data);
    if (event.type !== 'AppraisalStarted') moved = true;
    switch (event.type) {
      case 'AppraisalStarted':
        startedBySubmitter = recorded.metadata.role !== 'PROVINCE_ADMIN';
        break;
      case 'CriterionAppraised':
        appraiser ??= actorOf(recorded);
        appraisedAt = occurredAt(recorded) ?? appraisedAt;
        scores.set(event.data.criterion, {
          criterion: event.data.criterion,
          points: event.data.points,
          ...(event.data.reason ? { reason: event.data.reason } : {}),
        });
        break;
      case 'CriterionMarkedNotApplicable':
        appraiser ??= actorOf(recorded);
        appraisedAt = occurredAt(recorded) ?? appraisedAt;
        scores.set(event.data.criterion, { criterion: event.data.criterion, applicable: false, reason: event.data.reason });
        break;
      case 'CriterionAccepted':
        // Back at the self value: "not mentioned" says exactly that.
        scores.delete(event.data.criterion);
        break;
      case 'SelfScoresRefreshed':
        event.data.changedCriteria.forEach((change) => scores.delete(change.criterion));
        break;
      case 'BonusRecorded':
      case 'DeductionRecorded':
        appraiser ??= actorOf(recorded);
        adjustments.set(event.data.adjustmentId, {
          kind: event.type === 'BonusRecorded' ? 'bonus' : 'deduction',
          entry: { points: event.data.points, reason: event.data.reason },
        });
        break;
      case 'AdjustmentRemoved':
        adjustments.delete(event.data.adjustmentId);
        break;
      case 'AppraisalResultSent':
        sentAt = event.data.sentAt;
        break;
      case 'ExplanationFiled':
        explanations.set(event.data.criterion, {
          criterion: event.data.criterion,
          text: event.data.text,
          at: event.data.filedAt,
          ...(event.data.evidence.length > 0 ? { evidence: event.data.evidence.map(evidenceEntry) } : {}),
        });
        break;
      case 'ExplanationResolved': {
        chair ??= actorOf(recorded);
        const { criterion, decision, points, reason, votes } = event.data;
        explanations.set(criterion, {
          ...explanations.get(criterion),
          criterion,
          decision,
          ...(decision === 'changed' && points !== null ? { points } : {}),
          reason,
          votes,
        });
        break;
      }
      case 'AppraisalFinalized':
        chair ??= actorOf(recorded);
        final = true;
        finalizedAt = event.data.finalizedAt;
        break;
      case 'ScoreCorrected':
        warn(
          `export: ${unitId} ${event.data.criterion} was corrected after finalization (${event.data.previousPoints} → ${event.data.points}); interchange v1 has no corrections, the value before it is exported`,
        );
        break;
      default:
        break;
    }
  }
  // An appraisal the submission opened and nobody touched says nothing the self-assessment does not.
  if (stream.length === 0 || (!moved && startedBySubmitter)) return undefined;
  const ofKind = (kind: 'bonus' | 'deduction') =>
    [...adjustments.values()].filter((adjustment) => adjustment.kind === kind).map((adjustment) => adjustment.entry);
  const bonus = ofKind('bonus');
  const deductions = ofKind('deduction');
  return {
    unit: unitId,
    ...(appraiser ? { appraiser } : {}),
    scores: [...scores.values()],
    ...(bonus.length > 0 ? { bonus } : {}),
    ...(deductions.length > 0 ? { deductions } : {}),
    ...(explanations.size > 0 ? { explanations: [...explanations.values()] as ExplanationEntry[] } : {}),
    ...(final ? { final } : {}),
    // The result was sent when the appraisal was done; an appraisal not sent yet, at its last value.
    ...(sentAt || appraisedAt ? { appraisedAt: sentAt ?? appraisedAt } : {}),
    ...(finalizedAt ? { finalizedAt } : {}),
    ...(chair ? { councilChair: chair } : {}),
  };
}

function evidenceEntry(evidence: { title: string; documentNo?: string; date?: string; section?: string }): EvidenceEntry {
  const { title, documentNo, date, section } = evidence;
  return { title, ...(documentNo ? { documentNo } : {}), ...(date ? { date } : {}), ...(section ? { section } : {}) };
}

function actorOf(event: RecordedEvent): string | undefined {
  return typeof event.metadata.actor === 'string' ? event.metadata.actor : undefined;
}
