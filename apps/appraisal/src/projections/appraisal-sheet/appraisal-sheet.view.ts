/** A unit's appraisal sheet as the read model holds it (eventually consistent with the log). */
export interface AppraisalSheetView {
  readonly cycleId: string;
  readonly unitId: string;
  readonly phase: 'appraising' | 'resultSent' | 'finalized';
  readonly sentAt: Date | null;
  readonly explanationDeadline: Date | null;
  readonly finalizedAt: Date | null;
  readonly version: number;
  readonly leaves: readonly AppraisalSheetLeafView[];
  readonly adjustments: readonly AppraisalSheetAdjustmentView[];
}

export interface AppraisalSheetLeafView {
  readonly criterion: string;
  readonly title: string;
  readonly maxPoints: string;
  readonly notApplicableBySetup: boolean;
  /** null: not scored by the unit. */
  readonly selfPoints: string | null;
  /** The current value; null: not applicable. */
  readonly points: string | null;
  readonly reviewed: boolean;
  readonly explanation: 'none' | 'open' | 'resolved';
}

export interface AppraisalSheetAdjustmentView {
  readonly id: string;
  readonly kind: 'bonus' | 'deduction';
  readonly points: string;
  readonly reason: string;
  readonly criterion: string | null;
  readonly ref: string | null;
  readonly removed: boolean;
}

/** One appraisal of a cycle, as a queue lists it. */
export interface AppraisalSummaryView {
  readonly unitId: string;
  readonly phase: AppraisalSheetView['phase'];
}
