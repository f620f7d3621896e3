import type { CriterionLeaf, PointsInput } from '@par/domain';
import type { Actor } from '../contracts';
import type { CycleStatus } from '../shared/cycle-status';

/**
 * The cycle facts the decision depends on, put in the command by the handler (see
 * cycle/self-assessment-context.ts) so the decider stays pure.
 */
export interface SelfAssessmentContext {
  readonly cycleStatus: CycleStatus;
  /** The leaves of the unit's group set at its current version. */
  readonly leaves: readonly CriterionLeaf[];
  /** Leaves declared not applicable to the unit. */
  readonly notApplicable: readonly string[];
  /** A date (through the end of that day, Vietnam time) or an instant; absent: no deadline. */
  readonly selfAssessmentDue?: string;
  /** The handler's clock, ISO-8601 with offset. */
  readonly now: string;
}

interface SelfAssessmentCommandBase {
  readonly cycleId: string;
  readonly unitId: string;
  readonly actor: Actor;
  readonly context: SelfAssessmentContext;
}

/** A document cited for a score, as typed in a form or read from the interchange file. */
export interface EvidenceInput {
  readonly title: string;
  readonly documentNo?: string | null;
  readonly date?: string | null;
  readonly section?: string | null;
  readonly fileRef?: string | null;
}

export interface ScoreCriterion extends SelfAssessmentCommandBase {
  readonly type: 'ScoreCriterion';
  readonly criterion: string;
  readonly points: PointsInput;
  readonly evidence?: readonly EvidenceInput[] | null;
  readonly note?: string | null;
  /**
   * A value imported from a past cycle's published decision (`par import`), which shows scores and no
   * evidence: the evidence-or-note rule binds live entry, not history. Set only by the import, which
   * records the file's provenance with it; no API adapter sets it.
   */
  readonly fromPublishedRecord?: boolean;
}

export interface ClearScore extends SelfAssessmentCommandBase {
  readonly type: 'ClearScore';
  readonly criterion: string;
}

export interface SubmitSelfAssessment extends SelfAssessmentCommandBase {
  readonly type: 'SubmitSelfAssessment';
}

export interface ReopenSelfAssessment extends SelfAssessmentCommandBase {
  readonly type: 'ReopenSelfAssessment';
  readonly reason: string;
}

export type SelfAssessmentCommand = ScoreCriterion | ClearScore | SubmitSelfAssessment | ReopenSelfAssessment;
