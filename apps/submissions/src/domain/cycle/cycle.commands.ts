import type { CriterionInput, ThresholdInput } from '@par/domain';
import type { Actor } from '../contracts';

/** Every cycle command names its cycle (the handler loads `cycle:<cycleId>`) and who issues it. */
interface CycleCommandBase {
  readonly cycleId: string;
  readonly actor: Actor;
}

export interface CreateCycle extends CycleCommandBase {
  readonly type: 'CreateCycle';
  readonly year: number;
  readonly title: string;
  /** Id of the evaluating organisation. */
  readonly evaluator: string;
  readonly thresholds: readonly ThresholdInput[];
}

export interface DefineGroup extends CycleCommandBase {
  readonly type: 'DefineGroup';
  readonly groupId: string;
  readonly name: string;
  readonly criteriaSetId: string;
  /** The group's own thresholds; absent or null: the cycle's apply. */
  readonly thresholds?: readonly ThresholdInput[] | null;
}

export interface DefineCriteriaSet extends CycleCommandBase {
  readonly type: 'DefineCriteriaSet';
  readonly criteriaSetId: string;
  readonly criteria: readonly CriterionInput[];
}

export interface RegisterUnit extends CycleCommandBase {
  readonly type: 'RegisterUnit';
  readonly unitId: string;
  readonly name: string;
  readonly groupId: string;
  /** A registered unit of the cycle; absent or null: directly under the evaluator. */
  readonly parentId?: string | null;
  readonly validFrom?: string | null;
  readonly validTo?: string | null;
}

export interface RenameUnit extends CycleCommandBase {
  readonly type: 'RenameUnit';
  readonly unitId: string;
  readonly name: string;
  /** The first day the new name is used. */
  readonly validFrom: string;
}

export interface SetApplicability extends CycleCommandBase {
  readonly type: 'SetApplicability';
  readonly unitId: string;
  readonly criterion: string;
  readonly applicable: boolean;
  readonly reason: string;
}

export interface SetDeadlines extends CycleCommandBase {
  readonly type: 'SetDeadlines';
  /** A date (through the end of that day, Vietnam time) or an ISO-8601 instant. */
  readonly selfAssessmentDue: string;
  readonly explanationWindowDays: number;
}

export interface OpenCycle extends CycleCommandBase {
  readonly type: 'OpenCycle';
}

export interface CorrectCriteriaSet extends CycleCommandBase {
  readonly type: 'CorrectCriteriaSet';
  readonly criteriaSetId: string;
  /** The whole corrected set. */
  readonly criteria: readonly CriterionInput[];
  readonly reason: string;
}

export interface CloseCycle extends CycleCommandBase {
  readonly type: 'CloseCycle';
}

export type CycleCommand =
  CreateCycle | DefineGroup | DefineCriteriaSet | RegisterUnit | RenameUnit | SetApplicability | SetDeadlines | OpenCycle | CorrectCriteriaSet | CloseCycle;
