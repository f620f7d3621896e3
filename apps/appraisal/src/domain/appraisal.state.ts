import { claimOf, CriterionLeaf, Points, startingValue } from '@par/domain';
import type { AppraisalEvent, AppraisalEventOf } from '@par/contracts';
import { leafFromData } from '@par/contracts';
import { LeafValue, sameValue, valueFromText } from './leaf-value';

export type AppraisalPhase = 'appraising' | 'resultSent' | 'finalized';

/** One explanation per leaf: the council's resolution is the decision; later disputes go by correction. */
export type ExplanationStatus = 'none' | 'open' | 'resolved';

export interface LeafState {
  readonly leaf: CriterionLeaf;
  /** Not applicable to the unit by the cycle's setup: outside the appraisal altogether. */
  readonly notApplicableBySetup: boolean;
  /** The unit's self score; undefined when the unit did not score the leaf (it then counts 0.00). */
  readonly self: Points | undefined;
  /** The appraisal's value now (null: not applicable). */
  readonly value: LeafValue;
  /** The appraiser accepted or set the value; a leaf never reviewed keeps (and follows) its self value. */
  readonly reviewed: boolean;
  readonly explanation: ExplanationStatus;
}

export interface Adjustment {
  readonly id: string;
  readonly kind: 'bonus' | 'deduction';
  readonly points: Points;
  readonly reason: string;
  readonly criterion?: string;
  readonly ref?: string;
  readonly removed: boolean;
}

export interface SentResult {
  readonly sentAt: Date;
  readonly explanationDeadline: Date;
  readonly adjustedCriteria: ReadonlySet<string>;
}

export interface StartedAppraisal {
  readonly phase: AppraisalPhase;
  readonly cycleId: string;
  readonly unitId: string;
  /** By criterion code, in the set's order. */
  readonly leaves: ReadonlyMap<string, LeafState>;
  /** Every adjustment ever recorded, removed ones included (their count numbers the next id). */
  readonly adjustments: readonly Adjustment[];
  readonly result?: SentResult;
}

export type AppraisalState = { readonly phase: 'notStarted' } | StartedAppraisal;

export const initialAppraisalState = (): AppraisalState => ({ phase: 'notStarted' });

export function isStarted(state: AppraisalState): state is StartedAppraisal {
  return state.phase !== 'notStarted';
}

/** The value the unit claimed: its self score, or 0.00 for a leaf it did not score. */
export function selfValue(leaf: LeafState): Points {
  return claimOf(leaf.self);
}

/** Adjusted = the appraisal's value differs from the self value, or the appraisal found it not applicable. */
export function isAdjusted(leaf: LeafState): boolean {
  return !leaf.notApplicableBySetup && !sameValue(leaf.value, selfValue(leaf));
}

export function evolve(state: AppraisalState, event: AppraisalEvent): AppraisalState {
  if (event.type === 'AppraisalStarted') return started(event);
  if (!isStarted(state)) throw new Error(`${event.type} before AppraisalStarted: the stream is corrupt`);
  switch (event.type) {
    case 'SelfScoresRefreshed':
      return refreshed(state, event);
    case 'CriterionAccepted':
    case 'CriterionAppraised':
    case 'CriterionMarkedNotApplicable':
      return updateLeaf(state, event.data.criterion, { value: valueFromText(event.data.points), reviewed: true });
    case 'BonusRecorded':
    case 'DeductionRecorded': {
      const { adjustmentId, points, reason, criterion, ref } = event.data;
      const kind = event.type === 'BonusRecorded' ? 'bonus' : 'deduction';
      const adjustment: Adjustment = { id: adjustmentId, kind, points: Points.of(points), reason, criterion, ref, removed: false };
      return { ...state, adjustments: [...state.adjustments, adjustment] };
    }
    case 'AdjustmentRemoved':
      return { ...state, adjustments: state.adjustments.map((a) => (a.id === event.data.adjustmentId ? { ...a, removed: true } : a)) };
    case 'AppraisalResultSent': {
      const { sentAt, explanationDeadline, adjustedCriteria } = event.data;
      const result = { sentAt: new Date(sentAt), explanationDeadline: new Date(explanationDeadline), adjustedCriteria: new Set(adjustedCriteria) };
      return { ...state, phase: 'resultSent', result };
    }
    case 'ExplanationFiled':
      return updateLeaf(state, event.data.criterion, { explanation: 'open' });
    case 'ExplanationResolved':
      return updateLeaf(state, event.data.criterion, { explanation: 'resolved', value: valueFromText(event.data.points) });
    case 'AppraisalFinalized':
      return { ...state, phase: 'finalized' };
    case 'ScoreCorrected':
      return updateLeaf(state, event.data.criterion, { value: valueFromText(event.data.points) });
  }
}

function started({ data }: AppraisalEventOf<'AppraisalStarted'>): StartedAppraisal {
  const notApplicable = new Set(data.notApplicable);
  const selfScores = new Map(data.selfScores.map((score) => [score.criterion, Points.of(score.points)]));
  const leaves = new Map<string, LeafState>();
  for (const summary of data.leaves) {
    const self = selfScores.get(summary.code);
    const notApplicableBySetup = notApplicable.has(summary.code);
    leaves.set(summary.code, {
      leaf: leafFromData(summary),
      notApplicableBySetup,
      self,
      value: startingValue({ notApplicableBySetup, self }),
      reviewed: false,
      explanation: 'none',
    });
  }
  return { phase: 'appraising', cycleId: data.cycleId, unitId: data.unitId, leaves, adjustments: [] };
}

function refreshed(state: StartedAppraisal, { data }: AppraisalEventOf<'SelfScoresRefreshed'>): StartedAppraisal {
  const selfScores = new Map(data.selfScores.map((score) => [score.criterion, Points.of(score.points)]));
  const changed = new Map(data.changedCriteria.map((change) => [change.criterion, valueFromText(change.points)]));
  const leaves = new Map<string, LeafState>();
  for (const [code, leaf] of state.leaves) {
    const self = selfScores.get(code);
    leaves.set(code, changed.has(code) ? { ...leaf, self, value: changed.get(code) ?? null, reviewed: false } : { ...leaf, self });
  }
  return { ...state, leaves };
}

function updateLeaf(state: StartedAppraisal, code: string, patch: Partial<LeafState>): StartedAppraisal {
  const leaf = state.leaves.get(code);
  if (!leaf) throw new Error(`Event names criterion ${code}, which the appraisal does not hold: the stream is corrupt`);
  const leaves = new Map(state.leaves);
  leaves.set(code, { ...leaf, ...patch });
  return { ...state, leaves };
}
