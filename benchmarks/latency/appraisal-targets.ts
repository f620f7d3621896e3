import type { BenchCycle } from './bench-cycle';

/** The next appraisal to send: a leaf of an idle unit and points that differ from its current value. */
export interface Appraisal {
  readonly unitId: string;
  readonly criterion: string;
  readonly points: string;
}

interface UnitState {
  busy: boolean;
  nextLeaf: number;
  /** Each leaf's value as the bench last set it (absent: still the unit's self value). */
  readonly values: Map<string, string>;
}

/**
 * Which unit and leaf each command appraises. A unit has at most one command in flight: two at once on one
 * appraisal stream would race for its version and one would be refused (409), which measures the bench, not the
 * platform. Units are taken round robin and each unit's leaves in turn; the points alternate between 0.50 and
 * 0.75, never the current value (the decider records nothing for an unchanged value) nor the self value (1.00
 * or 0), so every accepted command is one CriterionAppraised event with a reason.
 */
export class AppraisalTargets {
  private readonly units: { readonly unitId: string; readonly state: UnitState }[];
  private readonly byId: Map<string, UnitState>;
  private cursor = 0;

  constructor(private readonly cycle: BenchCycle) {
    this.units = cycle.units.map((unitId) => ({ unitId, state: { busy: false, nextLeaf: 0, values: new Map() } }));
    this.byId = new Map(this.units.map(({ unitId, state }) => [unitId, state]));
  }

  /** The next idle unit's next leaf, the unit now busy; null when every unit has a command in flight. */
  take(): Appraisal | null {
    for (let tried = 0; tried < this.units.length; tried += 1) {
      const { unitId, state } = this.units[this.cursor];
      this.cursor = (this.cursor + 1) % this.units.length;
      if (state.busy) continue;
      state.busy = true;
      const criterion = this.cycle.leaves[state.nextLeaf];
      state.nextLeaf = (state.nextLeaf + 1) % this.cycle.leaves.length;
      return { unitId, criterion, points: state.values.get(criterion) === '0.50' ? '0.75' : '0.50' };
    }
    return null;
  }

  /** The unit is idle again; an accepted command moved its leaf to the points sent. */
  release({ unitId, criterion, points }: Appraisal, accepted: boolean): void {
    const state = this.byId.get(unitId);
    if (!state) throw new Error(`unknown unit ${unitId}`);
    state.busy = false;
    if (accepted) state.values.set(criterion, points);
  }
}
