import type { CriterionLeaf, PointsInput } from '@par/domain';
import type { Actor, CouncilVotes, ExplanationEvidence } from '@par/contracts';

/** Who issues a command; `actor.unitId` is the unit the person belongs to (appraisers belong to other units). */
interface ByActor {
  readonly actor: Actor;
}

/** Issued when the service consumes SelfAssessmentSubmitted; the actor is the person who submitted. */
export interface StartAppraisal extends ByActor {
  readonly type: 'StartAppraisal';
  readonly cycleId: string;
  readonly unitId: string;
  /** Leaves of the unit's criteria set. */
  readonly leaves: readonly CriterionLeaf[];
  /** Leaves set up as not applicable to the unit. */
  readonly notApplicable: readonly string[];
  /** The unit's complete list of self scores. */
  readonly selfScores: readonly { readonly criterion: string; readonly points: PointsInput }[];
}

/** Either `accept: true` (keep the self value) or `points` (reason required when they differ from self). */
export interface AppraiseCriterion extends ByActor {
  readonly type: 'AppraiseCriterion';
  readonly criterion: string;
  readonly points?: PointsInput;
  readonly accept?: true;
  readonly reason?: string;
}

export interface MarkCriterionNotApplicable extends ByActor {
  readonly type: 'MarkCriterionNotApplicable';
  readonly criterion: string;
  readonly reason: string;
}

interface AdjustmentInput extends ByActor {
  /** Greater than 0, at most 2 decimal places. */
  readonly points: PointsInput;
  readonly reason: string;
  readonly criterion?: string;
  readonly ref?: string;
}

export interface RecordBonus extends AdjustmentInput {
  readonly type: 'RecordBonus';
}

export interface RecordDeduction extends AdjustmentInput {
  readonly type: 'RecordDeduction';
}

export interface RemoveAdjustment extends ByActor {
  readonly type: 'RemoveAdjustment';
  /** The `adjustmentId` of a BonusRecorded or DeductionRecorded. */
  readonly id: string;
  readonly reason: string;
}

export interface SendResultToUnit extends ByActor {
  readonly type: 'SendResultToUnit';
  /** Calendar days the unit has to explain; the deadline is `now` + this many days. */
  readonly explanationWindowDays: number;
  readonly now: Date;
}

export interface FileExplanation extends ByActor {
  readonly type: 'FileExplanation';
  readonly criterion: string;
  readonly text: string;
  readonly evidence: readonly ExplanationEvidence[];
  readonly now: Date;
}

export type ExplanationDecision = 'upheld' | 'changed';

/** The chair records the council's decision and its vote. */
export interface ResolveExplanation extends ByActor {
  readonly type: 'ResolveExplanation';
  readonly criterion: string;
  readonly decision: ExplanationDecision;
  /** Required for `changed`, refused for `upheld`. */
  readonly points?: PointsInput;
  readonly reason: string;
  readonly votes: CouncilVotes;
}

export interface FinalizeAppraisal extends ByActor {
  readonly type: 'FinalizeAppraisal';
  readonly now: Date;
}

/** After finalization only: either `points` or `notApplicable: true`. */
export interface CorrectScore extends ByActor {
  readonly type: 'CorrectScore';
  readonly criterion: string;
  readonly points?: PointsInput;
  readonly notApplicable?: true;
  readonly reason: string;
}

export type AppraisalCommand =
  | StartAppraisal
  | AppraiseCriterion
  | MarkCriterionNotApplicable
  | RecordBonus
  | RecordDeduction
  | RemoveAdjustment
  | SendResultToUnit
  | FileExplanation
  | ResolveExplanation
  | FinalizeAppraisal
  | CorrectScore;
