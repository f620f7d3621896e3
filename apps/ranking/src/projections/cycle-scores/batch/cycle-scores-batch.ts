import type { AppraisalEvent, SubmissionsEvent, SubmittedScore } from '@par/contracts';
import type { EventContext } from '../../event-context';
import { AdjustmentChanges } from './adjustment-changes';
import { keyOf, LatestRows } from './latest-rows';

/** A row of a forward-only table: its cells in the table's column order (tables: cycle-scores-batch.writer.ts), and its source version. */
export interface VersionedRow {
  readonly cells: readonly unknown[];
  readonly version: number;
}

/** A unit's submitted self-assessment and the sheet that replaces its self scores when it stands. */
export interface SubmissionRow extends VersionedRow {
  readonly scores: readonly SubmittedScore[];
}

type Event = SubmissionsEvent | AppraisalEvent;

/**
 * The cycle scores a batch of events leaves, gathered in memory to be written set-based (a few statements
 * per batch instead of one per event) with exactly the effect of cycleScoresFromSubmissions and
 * cycleScoresFromAppraisal applied to each event in order: those stay the rule, and each case below says
 * which of their statements it stands for. An event that is not gathered here is applied by them alone,
 * after the rows gathered so far are written.
 */
export class CycleScoresBatch {
  readonly cycles = new LatestRows<VersionedRow>(keyOfFirst(1));
  readonly groups = new LatestRows<VersionedRow>(keyOfFirst(2));
  readonly criteriaSetVersions = new LatestRows<VersionedRow>(keyOfFirst(3));
  readonly units = new LatestRows<VersionedRow>(keyOfFirst(2));
  readonly applicability = new LatestRows<VersionedRow>(keyOfFirst(3));
  readonly submissions = new LatestRows<SubmissionRow>(keyOfFirst(2));
  readonly leafValues = new LatestRows<VersionedRow>(keyOfFirst(3));
  readonly adjustments = new AdjustmentChanges();
  /** Finalizations have no version guard: the last one in the batch stands. Key → [cycle, unit, finalizedAt]. */
  readonly finalized = new Map<string, readonly [string, string, string]>();

  get empty(): boolean {
    const sizes = [this.cycles, this.groups, this.criteriaSetVersions, this.units, this.applicability, this.submissions, this.leafValues, this.adjustments];
    return this.finalized.size === 0 && sizes.every((rows) => rows.size === 0);
  }

  /** Gathers the event's rows; false when it must be applied alone (after what was gathered is written). */
  add(event: Event, context: EventContext): boolean {
    const version = context.streamVersion;
    const row = (...cells: unknown[]): VersionedRow => ({ cells: [...cells, version], version });
    switch (event.type) {
      case 'CycleCreated': {
        const { cycleId, year, title, evaluator, thresholds } = event.data;
        this.cycles.add(row(cycleId, year, title, evaluator, JSON.stringify(thresholds)));
        return true;
      }
      case 'GroupDefined': {
        const { cycleId, groupId, name, criteriaSetId, thresholds } = event.data;
        this.groups.add(row(cycleId, groupId, name, criteriaSetId, thresholds === null ? null : JSON.stringify(thresholds)));
        return true;
      }
      case 'CriteriaSetDefined':
        this.criteriaSetVersions.add(row(event.data.cycleId, event.data.criteriaSetId, 1, JSON.stringify(event.data.criteria)));
        return true;
      case 'CriteriaSetCorrected':
        this.criteriaSetVersions.add(row(event.data.cycleId, event.data.criteriaSetId, event.data.version, JSON.stringify(event.data.criteria)));
        return true;
      case 'UnitRegistered': {
        const { cycleId, unitId, name, groupId, parentId } = event.data;
        this.units.add(row(cycleId, unitId, name, groupId, parentId));
        return true;
      }
      // An update of a row that may be gathered above, not an upsert: applied alone, in its place.
      case 'UnitRenamed':
        return false;
      case 'ApplicabilitySet': {
        const { cycleId, unitId, criterion, applicable, reason } = event.data;
        this.applicability.add(row(cycleId, unitId, criterion, applicable, reason));
        return true;
      }
      case 'SelfAssessmentSubmitted': {
        const { cycleId, unitId, submission, selfTotal, scores } = event.data;
        if (!distinct(scores)) return false;
        this.submissions.add({ ...row(cycleId, unitId, submission, selfTotal, context.actor), scores });
        return true;
      }
      case 'CriterionAccepted':
      case 'CriterionAppraised':
      case 'CriterionMarkedNotApplicable':
      case 'ExplanationResolved':
      case 'ScoreCorrected':
        return this.leafValuesOf(event.data.cycleId, event.data.unitId, event.type, version, [event.data]);
      case 'SelfScoresRefreshed':
        return this.leafValuesOf(event.data.cycleId, event.data.unitId, event.type, version, event.data.changedCriteria);
      case 'AppraisalFinalized': {
        const { cycleId, unitId, finalizedAt, values } = event.data;
        if (!this.leafValuesOf(cycleId, unitId, event.type, version, values)) return false;
        this.finalized.set(keyOf(cycleId, unitId), [cycleId, unitId, finalizedAt]);
        return true;
      }
      case 'BonusRecorded':
      case 'DeductionRecorded': {
        const { cycleId, unitId, adjustmentId, points, reason, criterion } = event.data;
        const kind = event.type === 'BonusRecorded' ? 'bonus' : 'deduction';
        this.adjustments.add({ kind: 'recorded', row: { cycleId, unitId, adjustmentId, kind, points, reason, criterion: criterion ?? null } });
        return true;
      }
      case 'AdjustmentRemoved': {
        const { cycleId, unitId, adjustmentId, kind, points, reason } = event.data;
        this.adjustments.add({ kind: 'removed', row: { cycleId, unitId, adjustmentId, kind, points, removalReason: reason } });
        return true;
      }
      // The types the single-event projectors leave alone write nothing here either.
      default:
        return true;
    }
  }

  /**
   * One event's leaf values. Its single statement refuses a leaf listed twice, which the rows gathered per
   * key would hide: such an event is left to the single-event projector, to fail as it does.
   */
  private leafValuesOf(
    cycleId: string,
    unitId: string,
    setBy: string,
    version: number,
    values: readonly { criterion: string; points: string | null }[],
  ): boolean {
    if (!distinct(values)) return false;
    for (const { criterion, points } of values) this.leafValues.add({ cells: [cycleId, unitId, criterion, points, setBy, version], version });
    return true;
  }
}

/** The key of a row: its first cells, the table's primary key. */
function keyOfFirst(columns: 1 | 2 | 3): (row: VersionedRow) => string {
  const cells = (row: VersionedRow) => row.cells as readonly (string | number)[];
  if (columns === 1) return (row) => String(cells(row)[0]);
  if (columns === 2) return (row) => keyOf(cells(row)[0], cells(row)[1]);
  return (row) => keyOf(cells(row)[0], cells(row)[1], cells(row)[2]);
}

function distinct(values: readonly { criterion: string }[]): boolean {
  return new Set(values.map((value) => value.criterion)).size === values.length;
}
