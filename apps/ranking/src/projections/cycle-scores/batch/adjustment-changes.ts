import { keyOf } from './latest-rows';

/** A bonus's or deduction's row as the first event about it writes it when the row is not there yet. */
export interface AdjustmentRow {
  cycleId: string;
  unitId: string;
  adjustmentId: string;
  kind: 'bonus' | 'deduction';
  points: string;
  reason: string | null;
  criterion: string | null;
  removed: boolean;
  removalReason: string | null;
}

/**
 * What a batch's events did to one adjustment. The single-event projector inserts the row if missing, else
 * patches it: a recording sets reason and criterion, a removal sets removed and its reason (no version
 * guard: order decides). So the batch's effect is `created` (the row, if it was missing, after every
 * event) or, if it was there, the last recording's and the last removal's patches.
 */
export interface AdjustmentChange {
  readonly created: AdjustmentRow;
  recorded: { reason: string; criterion: string | null } | null;
  removal: { reason: string } | null;
}

export type AdjustmentEvent =
  | { kind: 'recorded'; row: Pick<AdjustmentRow, 'cycleId' | 'unitId' | 'adjustmentId' | 'kind' | 'points' | 'criterion'> & { reason: string } }
  | { kind: 'removed'; row: Pick<AdjustmentRow, 'cycleId' | 'unitId' | 'adjustmentId' | 'kind' | 'points'> & { removalReason: string } };

/** The adjustments a batch touches, each folded over its events in order. */
export class AdjustmentChanges {
  private readonly changes = new Map<string, AdjustmentChange>();

  add(event: AdjustmentEvent): void {
    const { cycleId, unitId, adjustmentId } = event.row;
    const key = keyOf(cycleId, unitId, adjustmentId);
    let change = this.changes.get(key);
    if (change === undefined) {
      const created: AdjustmentRow =
        event.kind === 'recorded'
          ? { ...event.row, removed: false, removalReason: null }
          : { ...event.row, reason: null, criterion: null, removed: true, removalReason: event.row.removalReason };
      change = { created, recorded: null, removal: null };
      this.changes.set(key, change);
    } else if (event.kind === 'recorded') {
      change.created.reason = event.row.reason;
      change.created.criterion = event.row.criterion;
    } else {
      change.created.removed = true;
      change.created.removalReason = event.row.removalReason;
    }
    if (event.kind === 'recorded') change.recorded = { reason: event.row.reason, criterion: event.row.criterion };
    else change.removal = { reason: event.row.removalReason };
  }

  get size(): number {
    return this.changes.size;
  }

  values(): AdjustmentChange[] {
    return [...this.changes.values()];
  }
}
