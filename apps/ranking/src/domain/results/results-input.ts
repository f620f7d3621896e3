import type { CriterionNodeData, ThresholdData } from '@par/contracts';

/** Everything the read models know about one cycle that decides its results, as plain data. */
export interface CycleResultsInput {
  readonly cycleId: string;
  readonly thresholds: readonly ThresholdData[];
  readonly groups: readonly GroupInput[];
  readonly units: readonly UnitInput[];
}

export interface GroupInput {
  readonly groupId: string;
  /** null: the cycle's thresholds apply. */
  readonly thresholds: readonly ThresholdData[] | null;
  /** The group's criteria set at its current version. */
  readonly criteria: readonly CriterionNodeData[];
}

export interface UnitInput {
  readonly unitId: string;
  readonly name: string;
  readonly groupId: string;
  /** The submitted self scores. A leaf not listed claims 0.00: libs/domain's rule, applied by computeUnitResult. */
  readonly selfScores: readonly { readonly criterion: string; readonly points: string }[];
  /** Leaves set up as not applicable to the unit. */
  readonly notApplicable: readonly string[];
  /** The appraisal's latest value of each leaf it moved; null = not applicable. Leaves not listed keep the self score. */
  readonly finalValues: readonly { readonly criterion: string; readonly points: string | null }[];
  /**
   * The survey's points of survey-held leaves (the value in force when several campaigns scored one). Such a
   * leaf takes them as its final points, whatever the appraisal holds; until then the appraisal's value stands.
   */
  readonly surveyValues?: readonly { readonly criterion: string; readonly points: string }[];
  /** Amounts of the bonuses and deductions not removed. */
  readonly bonus: readonly string[];
  readonly deductions: readonly string[];
}
